# split() and subgroup() by type, tuple and predicate keep the nesting and metadata
eg = ExceptionGroup("top", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("nested", [ValueError("v2"), KeyError("k")]),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup((KeyError, TypeError))))
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "nested")))
print(eg.subgroup(OSError), eg.split(OSError))
print(eg.split(Exception)[0] is eg)
m, r = eg.split(lambda e: "1" in str(e))
print(repr(m), repr(r))

try:
    raise eg
except ExceptionGroup as caught:
    caught.add_note("a note")
    m, r = caught.split(TypeError)
    print(m.__traceback__ is caught.__traceback__, m.__notes__, m.__notes__ is caught.__notes__)
try:
    eg.split(5)
except TypeError as e:
    print(e)
d = eg.derive([KeyError("d")])
print(repr(d), d.__traceback__)
