# __getattr__, __getattribute__, __setattr__, __delattr__ hooks and object's generic versions.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)


class Target:
    pass


t = Target()
t.x = 1
p = Proxy(t)
print(p.x)
p.y = 2
print(t.y, p.y)
del p.y
print(hasattr(t, "y"), p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class Strict:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback {name}"


s = Strict()
s.secret_key = 1
s.open = 2
print(s.open, s.secret_key, s.other, getattr(s, "secret2", "dflt"), hasattr(s, "secret"))


class Frozen:
    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")


try:
    Frozen().a = 1
except AttributeError as e:
    print("AttributeError:", e)


class Upper:
    def __getattribute__(self, name):
        v = super().__getattribute__(name)
        return v.upper() if isinstance(v, str) else v


u = Upper()
u.word = "hello"
print(u.word, u.__class__.__name__)


class Dyn:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(Dyn()))
print([n for n in dir(Target()) if not n.startswith("__")], "x" in dir(t))
