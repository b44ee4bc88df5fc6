# raise with classes, instances, causes, and the errors for bad raise targets
def check(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, repr(str(e)), repr(e.__cause__), e.__suppress_context__)

def r1(): raise ValueError
def r2(): raise ValueError("msg")
def r3(): raise ValueError("a") from KeyError("b")
def r4(): raise ValueError("a") from None
def r5(): raise 42
def r6(): raise ValueError from 1
def r7(): raise int
def r8(): raise ValueError from TypeError
def r9(): raise StopIteration(5)
for f in [r1, r2, r3, r4, r5, r6, r7, r8, r9]:
    check(f)

e = ValueError("reuse")
for i in range(2):
    try:
        raise e
    except ValueError as x:
        print(x is e, x.__traceback__ is not None)
raise KeyError("final") from OSError("cause")
