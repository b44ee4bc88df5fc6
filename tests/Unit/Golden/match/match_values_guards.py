# match: value patterns (dotted names), constants, guards with side effects, nested or-patterns, and
# the run-time errors CPython raises
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Const:
    LIMIT = 10

def classify(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.RED:
            return "green"
        case Const.LIMIT:
            return "at the limit"
        case int(n) if n > Const.LIMIT:
            return "above"
        case int() | float() as num:
            return f"number {num}"
        case _:
            return "unknown"

for v in [Color.RED, Color.GREEN, 10, 11, 3, 2.5, "x"]:
    print(v, classify(v))

calls = []
def guard(n):
    calls.append(n)
    return n % 2 == 0
for n in range(4):
    match n:
        case x if guard(x):
            print("even", x)
        case x:
            print("odd", x)
print("guard calls", calls)

match (1, (2, 3)):
    case (1, (2, 3) | (4, 5)) as whole:
        print("nested or", whole)

match {"a": 1}:
    case {"a": 1 | 2 as got}:
        print("got", got)

class P:
    __match_args__ = ("x",)
    def __init__(self, x): self.x = x
try:
    match P(1):
        case P(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)
match 42:
    case 42.0:
        print("42 == 42.0 matches a literal")
match -1:
    case -1:
        print("negative literal")
match 1+2j:
    case 1+2j:
        print("complex literal")
