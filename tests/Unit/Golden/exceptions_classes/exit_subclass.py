# subclasses of SystemExit and KeyboardInterrupt keep their special handling
class Done(SystemExit):
    pass

class Custom(Exception):
    def __init__(self, value):
        super().__init__(value)
        self.value = value

try:
    raise Done(5)
except SystemExit as e:
    print("caught", type(e).__name__, e.code)

def run():
    try:
        raise Custom(3)
    except Custom as c:
        raise Done(c.value) from c

print("exiting")
run()
