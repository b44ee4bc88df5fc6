from enum import IntEnum, StrEnum, Enum, auto

class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Level.MID, repr(Level.MID), str(Level.HIGH), f"{Level.LOW}", format(Level.MID, "03d"))
print(Level.LOW < Level.HIGH, Level.MID == 5, Level.MID + 1, sorted([Level.HIGH, Level.LOW, 3]), isinstance(Level.LOW, int))
print(Level(10), Level(5) is Level.MID, int(Level.HIGH), [l * 2 for l in Level], max(Level))
print(list(range(10))[Level.MID], {1: 'one'}[Level.LOW])

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.WRITE.upper(), Mode.READ == "read", f"[{Mode.WRITE}]", Mode("w"))
print(Mode.READ + "!", isinstance(Mode.WRITE, str), list(Mode))
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError:", e)

class Mixed(int, Enum):
    A = 1
    B = 2
print(Mixed.A, repr(Mixed.B), Mixed.A + Mixed.B, format(Mixed.A))

class Weekday(Enum):
    MON = 1
    TUE = 2
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.MON.next(), Weekday.TUE.next(), Weekday.MON._name_, Weekday.TUE._value_)
class Ordered(IntEnum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Ordered), [o.value for o in Ordered])
