# Blocking reads and writes outside sockets release the GIL too: a thread blocked in os.read on a
# pipe lets the others run, and threads writing one binary file through its buffer lose nothing.
import os
import threading
import time

r, w = os.pipe()
got = []


def reader():
    while True:
        chunk = os.read(r, 100)
        if not chunk:
            return
        got.append(chunk)


t = threading.Thread(target=reader)
t.start()
counter = 0
for i in range(100000):
    counter += 1  # runs while the reader waits in os.read
print("main ran while the reader was blocked:", counter)
for word in (b"alpha ", b"beta ", b"gamma"):
    os.write(w, word)
    time.sleep(0.01)
os.close(w)
t.join()
print(b"".join(got))
os.close(r)

path = "blocking_io.tmp"
f = open(path, "wb")


def writer(tag):
    for i in range(20000):
        f.write(b"%s %05d\n" % (tag, i))


threads = [threading.Thread(target=writer, args=(tag,)) for tag in (b"a", b"b", b"c")]
for th in threads:
    th.start()
for th in threads:
    th.join()
f.close()
with open(path, "rb") as f:
    lines = f.read().splitlines()
os.remove(path)
print(len(lines), all(sorted(x for x in lines if x[:1] == tag) == [b"%s %05d" % (tag, i) for i in range(20000)]
                      for tag in (b"a", b"b", b"c")))

# Text files written from several threads, one line per write under a lock (CPython's text layer
# is not safe for unlocked concurrent writers).
lock = threading.Lock()
tf = open(path, "w")


def text_writer(tag):
    for i in range(2000):
        with lock:
            tf.write("%s-%d\n" % (tag, i))


threads = [threading.Thread(target=text_writer, args=(tag,)) for tag in "xyz"]
for th in threads:
    th.start()
for th in threads:
    th.join()
tf.close()
with open(path) as tf:
    text_lines = tf.read().splitlines()
os.remove(path)
print(len(text_lines), sorted(set(x[0] for x in text_lines)))
