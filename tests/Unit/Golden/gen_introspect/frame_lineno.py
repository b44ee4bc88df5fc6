# gi_frame.f_lineno moves between yields; f_locals is readable; gi_frame is None once finished.
def g(a):
    b = a + 1
    yield "first"
    c = b * 2
    yield "second"
    del b
    yield "third"

gen = g(1)
f = gen.gi_frame
print(type(f).__name__, f.f_code is gen.gi_code, f.f_code.co_name)
print("before start line offset", f.f_lineno - g.__code__.co_firstlineno)
print(sorted(f.f_locals.items()))
for expected in ("first", "second", "third"):
    v = next(gen)
    print(v, f.f_lineno - g.__code__.co_firstlineno, sorted(gen.gi_frame.f_locals.items()))
print(gen.gi_frame is f)
print(next(gen, "end"), gen.gi_frame)
# the old frame object remains valid to read after the generator finished
print(f.f_code.co_name)

# f_locals of a genexp frame: the hidden .0 iterator argument is there
ge = (x * 2 for x in range(3))
next(ge)
print(sorted(k for k in ge.gi_frame.f_locals))
print(ge.gi_frame.f_locals["x"])

# frame.f_globals is the module globals
print(gen.gi_frame is None, g(0).gi_frame.f_globals is globals())

# f_lineno while suspended inside a loop
def loop():
    for i in range(3):
        yield i
        yield -i
l = loop()
lines = []
for _ in l:
    lines.append(l.gi_frame.f_lineno - loop.__code__.co_firstlineno)
print(lines)
