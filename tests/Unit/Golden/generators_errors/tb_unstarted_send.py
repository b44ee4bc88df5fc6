# Sending a value to a just-started generator is a TypeError.
def g():
    yield 1

g().send("early")
