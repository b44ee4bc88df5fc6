# Acceptance stress: 8 threads doing list.append and dict[k] = v without a lock lose nothing.
import threading

N, PER = 8, 50_000
shared_list = []
shared_dict = {}
start = threading.Barrier(N)

def work(t):
    start.wait()
    append = shared_list.append
    for i in range(PER):
        append(i)
        shared_dict[(t, i)] = i

ts = [threading.Thread(target=work, args=(t,)) for t in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(len(shared_list), len(shared_dict))
print(sum(shared_list) == N * sum(range(PER)))
print(sorted(shared_list[::1])[:3], all(shared_dict[(t, i)] == i for t in range(N) for i in (0, PER - 1)))
