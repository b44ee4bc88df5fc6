from enum import Flag, IntFlag, auto

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(list(Color), [c.value for c in Color], len(Color))
purple = Color.RED | Color.BLUE
print(purple, repr(purple), purple.value, Color.RED in purple, Color.GREEN in purple, bool(purple))
print(Color.WHITE, repr(Color.WHITE), list(purple), len(purple))
print(~Color.RED, repr(~Color.RED), Color(0), repr(Color(0)), bool(Color(0)))
print(purple & Color.RED, purple ^ Color.RED, Color(3), repr(Color(6)))
try:
    Color(8)
except ValueError as e:
    print("ValueError:", e)

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), str(rw), format(rw), rw == 6, rw + 1, Perm.R | 8, repr(Perm(9)))
print(repr(~Perm.R), Perm(7), repr(Perm(0)), Perm.X in rw, list(Perm(7)), isinstance(rw, int))
print(repr(Perm.R & 4), Perm.W | Perm.X | Perm.R is Perm(7))
