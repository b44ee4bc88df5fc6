# tracebacks of chained exceptions each show their own frames
def step(i):
    if i == 2:
        raise IndexError(f"step {i} failed")
    return i

def run():
    results = []
    for i in range(4):
        try:
            results.append(step(i))
        except IndexError as exc:
            raise RuntimeError("run aborted") from exc
    return results

run()
