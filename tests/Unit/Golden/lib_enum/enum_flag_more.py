from enum import Flag, IntFlag, auto

class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC

print(list(Perm), Perm.RW, Perm.ALL, Perm.NONE, repr(Perm.NONE), bool(Perm.NONE))
p = Perm.READ
p |= Perm.EXEC
print(p, Perm.READ in p, Perm.WRITE in p, Perm.RW in Perm.ALL, list(p), len(Perm.ALL))
print(Perm(6), Perm(5).name, Perm(3) is Perm.RW, Perm.ALL & ~Perm.WRITE, Perm["RW"])
print([m.name for m in Perm.__members__.values()])

class Style(IntFlag):
    BOLD = 1
    ITALIC = 2
    UNDERLINE = 4
s = Style.BOLD | Style.UNDERLINE
print(s, repr(s), s & 1, s | 16, int(s), s == 5, Style(0), repr(Style(2 | 8)))
print(sorted([Style.UNDERLINE, Style.BOLD]), Style.BOLD < Style.ITALIC, Style.ITALIC + 1)
for flag in Style:
    print(flag.name, flag.value, flag in s)
