# An Enum-like metaclass: members created from the class body, iteration, lookup by value,
# repr/str, attribute protection via the metaclass's __setattr__.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = []
        for k, v in members.items():
            m = object.__new__(cls)
            m.name, m.value = k, v
            type.__setattr__(cls, k, m)
            cls._members.append(m)
        return cls

    def __iter__(cls):
        return iter(cls._members)

    def __len__(cls):
        return len(cls._members)

    def __call__(cls, value):
        for m in cls._members:
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")

    def __setattr__(cls, name, value):
        if any([m.name == name for m in cls.__dict__.get("_members", [])]):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)


class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self.name}"


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(list(Color), len(Color), Color(2), repr(Color.BLUE), Color.RED.value, Color.RED is Color(1))
print(isinstance(Color.RED, Color), type(Color).__name__, [c.name for c in Color])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
Color.extra = "ok"
print(Color.extra)
