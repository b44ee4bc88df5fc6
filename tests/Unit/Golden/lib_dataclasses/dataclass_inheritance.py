from dataclasses import dataclass, field, fields, asdict

@dataclass
class Animal:
    name: str
    sound: str = "..."
    def speak(self):
        return f"{self.name} says {self.sound}"

@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)

@dataclass
class Puppy(Dog):
    age: int = 0
    def speak(self):
        return super().speak() + "!"

p = Puppy("rex", tricks=["sit"], age=1)
print(p, p.speak(), [f.name for f in fields(Puppy)], asdict(p))
print(Dog("fido") == Dog("fido"), Dog("fido") == Animal("fido", "woof"), isinstance(p, Animal))

@dataclass(frozen=True)
class Base:
    x: int
@dataclass(frozen=True)
class Derived(Base):
    y: int = 0
d = Derived(1, 2)
print(d, hash(d) == hash(Derived(1, 2)), d == Derived(1, 2))
try:
    d.y = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Thawed(Base):
        z: int = 0
except TypeError as e:
    print("TypeError:", e)

class NotDC:
    plain = 1
@dataclass
class Mixed(NotDC):
    a: int = 2
print(Mixed(), Mixed.plain, [f.name for f in fields(Mixed)])

@dataclass
class Counter:
    count: int = 0
    def __post_init__(self):
        if self.count < 0:
            raise ValueError("count must be >= 0")
print(Counter(3))
try:
    Counter(-1)
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Overrides:
    v: int
    def __repr__(self):
        return f"<Overrides {self.v}>"
    def __eq__(self, other):
        return isinstance(other, Overrides) and abs(self.v - other.v) < 2
print(Overrides(1), Overrides(1) == Overrides(2), Overrides.__hash__)
