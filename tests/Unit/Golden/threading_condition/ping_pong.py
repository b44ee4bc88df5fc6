# Two threads alternate strictly through one Condition and a turn variable: 200 turns, exact order.
import threading

cond = threading.Condition()
turn = ["ping"]
log = []

def player(me, other, n):
    for i in range(n):
        with cond:
            cond.wait_for(lambda: turn[0] == me)
            log.append(me)
            turn[0] = other
            cond.notify_all()

a = threading.Thread(target=player, args=("ping", "pong", 100))
b = threading.Thread(target=player, args=("pong", "ping", 100))
a.start(); b.start(); a.join(); b.join()
print(len(log), log[:4], all(log[i] != log[i + 1] for i in range(len(log) - 1)))
