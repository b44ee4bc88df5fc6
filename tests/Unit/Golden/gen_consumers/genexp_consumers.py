# generator expressions passed directly as the only argument, nested genexps, conditional and
# multi-for genexps, and genexps over generators.
print(sum(x * x for x in range(10)))
print(max(len(w) for w in "a bb ccc".split()))
print(list(x for x in range(10) if x % 3 == 0))
print(list((x, y) for x in range(3) for y in range(x)))
print(list(list(y for y in range(x)) for x in range(4)))
print(sorted((-x for x in range(4)), key=abs))
g = (c * 2 for c in "abc")
print(next(g), list(g), list(g))

def squares(n):
    for i in range(n):
        yield i * i
print(list(s + 1 for s in squares(4)))
print(sum(1 for s in squares(100) if s % 7 == 0))
# genexp of genexps, each consumed in turn
rows = ((r * 3 + c for c in range(3)) for r in range(3))
print([list(row) for row in rows])
# genexp referencing an enclosing loop variable captures it late
gens = [(i * k for k in range(2)) for i in range(3)]
print([list(g) for g in gens])
# a genexp as a dict/set argument with a condition
print(dict((k, v) for k, v in zip("abcd", range(4)) if v % 2))
print(sorted(set(w.lower() for w in "A a B b c".split())))
# genexp raising inside: error surfaces at consumption, with the genexp frame in the traceback
import traceback, sys
g = (1 / x for x in (1, 0))
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
# syntax: a genexp must be parenthesized when not the only argument
try:
    compile("f(x for x in y, 1)", "<s>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print((x for x in []).gi_code.co_name, (x for x in []).gi_code.co_argcount)
