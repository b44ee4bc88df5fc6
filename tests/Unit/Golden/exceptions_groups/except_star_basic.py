# except* handles each matching part of a group; unhandled parts are re-raised
def run(excs):
    try:
        raise ExceptionGroup("batch", excs)
    except* ValueError as g:
        print("ValueError part:", repr(g))
    except* (TypeError, KeyError) as g:
        print("Type/Key part:", repr(g))

run([ValueError(1), TypeError(2), KeyError(3)])
run([ValueError(1), ValueError(2)])
try:
    run([ValueError(1), OSError(2)])
except ExceptionGroup as rest:
    print("left over:", repr(rest))

try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped:", repr(g), repr(g.exceptions[0]))

import sys
try:
    raise ExceptionGroup("x", [KeyError("k")])
except* KeyError:
    print("exc_info:", repr(sys.exc_info()[1]))
print("after:", sys.exc_info())
run([ValueError(1), IndexError("unhandled")])
