# except* rejects group types and non-exception classes
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* int:
        pass
except TypeError as e:
    print(e)

def nothing_matches():
    try:
        raise ExceptionGroup("g", [OSError("o")])
    except* ValueError:
        print("not reached")
    print("not reached either")
try:
    nothing_matches()
except ExceptionGroup as e:
    print("propagated", repr(e))

def both():
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError as a:
        print("first clause", len(a.exceptions))
    except* TypeError as b:
        print("second clause", len(b.exceptions))
    else:
        print("no else when raised")
    finally:
        print("finally")
both()
try:
    pass
except* ValueError:
    pass
else:
    print("else without exception")
