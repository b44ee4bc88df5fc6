# uncaught exceptions without message and with multi-argument messages
def fail():
    raise NotImplementedError
try:
    fail()
except NotImplementedError as e:
    print("caught", repr(e))
raise ValueError("first arg", 2)
