# chained traceback with explicit cause: raise ... from ... ("The above exception was the direct cause")
def load(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError as exc:
        raise RuntimeError("lookup failed for " + key) from exc
def main():
    return load("zzz")
main()
