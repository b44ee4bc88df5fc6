# 16 threads take turns through one Condition by ticket number, 100 turns each: strict order, no lost
# wake-up (a lost notify would hang the run).
import threading

N, ROUNDS = 16, 100
cond = threading.Condition()
turn = [0]
log = []

def player(me):
    for r in range(ROUNDS):
        ticket = r * N + me
        with cond:
            while turn[0] != ticket:
                cond.wait()
            log.append(ticket)
            turn[0] += 1
            cond.notify_all()

ts = [threading.Thread(target=player, args=(i,)) for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(len(log), log == list(range(N * ROUNDS)))
