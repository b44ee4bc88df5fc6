# An error raised after send() points at the generator line and the send call.
def parser():
    total = 0
    while True:
        token = yield total
        total += int(token)

p = parser()
next(p)
p.send("1")
p.send("two")
