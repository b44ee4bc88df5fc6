# Two Events pass control back and forth between two threads 100 times: the log alternates exactly.
import threading

ping, pong = threading.Event(), threading.Event()
log = []

def a():
    for i in range(100):
        ping.wait(); ping.clear()
        log.append("a%d" % i)
        pong.set()

def b():
    for i in range(100):
        pong.wait(); pong.clear()
        log.append("b%d" % i)
        if i < 99:
            ping.set()

ta, tb = threading.Thread(target=a), threading.Thread(target=b)
ta.start(); tb.start()
ping.set()
ta.join(); tb.join()
expected = [x for i in range(100) for x in ("a%d" % i, "b%d" % i)]
print(log == expected, len(log), log[:3], log[-2:])
