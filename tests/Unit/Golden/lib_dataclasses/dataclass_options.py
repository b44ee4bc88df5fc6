from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY, InitVar
from typing import ClassVar

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2), Version(1, 0, "x"), Version(0, 9)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), max(vs))
print(Version(1) < 3 if False else Version.__lt__(Version(1), 3))

@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = ()
f = Frozen(1, (2,))
print(f, hash(f) == hash(Frozen(1, (2,))), {f: 'ok'}[Frozen(1, (2,))])
try:
    f.a = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del f.b
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class Hashy:
    v: int
    w: int = field(hash=False)
print(hash(Hashy(1, 2)) == hash(Hashy(1, 3)))

@dataclass
class Unhashable:
    v: int
print(Unhashable.__hash__)

@dataclass(init=False, repr=False)
class Manual:
    v: int
    def __init__(self): self.v = 42
m = Manual()
print(m.v, repr(m).startswith("<__main__.Manual object"))

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW(b=3, a=4))
try:
    KW(1)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int
print(Mixed(1, c=3), Mixed.__match_args__)

@dataclass
class WithPost:
    x: int
    scale: InitVar[int] = 2
    doubled: int = field(init=False)
    count: ClassVar[int] = 0
    def __post_init__(self, scale):
        self.doubled = self.x * scale
        WithPost.count += 1
w = WithPost(5)
w3 = WithPost(5, 3)
print(w, w3, WithPost.count, [f.name for f in __import__('dataclasses').fields(WithPost)])

try:
    @dataclass(order=True, eq=False)
    class Nope:
        x: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True)
    class Clash:
        x: int
        def __lt__(self, other): return True
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(frozen=True)
    class FrozenChild(Ident):
        y: int
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Rec:
    me: object = None
r = Rec(); r.me = r
print(r)
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 1
s = Slotted(3)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
