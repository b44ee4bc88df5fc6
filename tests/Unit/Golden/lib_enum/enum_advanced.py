from enum import Enum, IntEnum, Flag, auto, unique, StrEnum
import enum

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @property
    def is_on(self):
        return self is Status.ACTIVE
    def __str__(self):
        return self.value.title()
print(Status.ACTIVE.is_on, str(Status.INACTIVE), repr(Status.ACTIVE), f"{Status.ACTIVE}", Status("inactive"))
print(list(Status.__members__), Status.ACTIVE.__class__.__name__, type(Status).__name__, enum.EnumMeta is enum.EnumType)

class Lower(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()
print([m.value for m in Lower])

class Coin(Enum):
    PENNY = 1
    NICKEL = 5
    DIME = 10
    def __lt__(self, other):
        return self.value < other.value
print(sorted([Coin.DIME, Coin.PENNY, Coin.NICKEL]), max(Coin, key=lambda c: c.value))

Weekend = Enum("Weekend", [("SAT", 6), ("SUN", 7)])
print(list(Weekend), Weekend.SUN.value, Weekend(6))
Colors = Enum("Colors", {"R": "red", "G": "green"})
print(Colors.R, Colors.G.value, len(Colors))
Num = IntEnum("Num", "ONE TWO THREE")
print(Num.TWO, Num.THREE + 1, repr(Num.ONE))

class Shade(Enum):
    DARK = 1
    LIGHT = 2
    _ignore_ = ["tmp"]
    tmp = 3
print(list(Shade), hasattr(Shade, "tmp"))
print(Shade.DARK.name, Shade.DARK._name_, Shade.LIGHT.value, Shade["LIGHT"] is Shade.LIGHT, Shade(1) is Shade.DARK)
print(reversed(list(Shade)).__class__.__name__, list(reversed(Shade)), Shade.DARK in Shade)
d = {Shade.DARK: "d"}
print(d[Shade(1)], Shade.DARK == 1, Shade.DARK is not Shade.LIGHT)
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
print(Pri.LOW < Pri.HIGH, Pri.HIGH > 2, Pri(3), sorted([Pri.HIGH, Pri.LOW]), Pri.HIGH * 2, hex(Pri.HIGH))
print(enum.unique(Pri) is Pri)
