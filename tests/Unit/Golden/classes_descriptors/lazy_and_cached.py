# A cached-property descriptor (non-data, stores into the instance dict), a validated field
# descriptor, and a lazy __getattr__ loader.
class cached:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        print("computing", self.attr)
        value = obj.__dict__[self.attr] = self.func(obj)
        return value


class Report:
    def __init__(self, data):
        self.data = data

    @cached
    def total(self):
        """Sum of the data."""
        return sum(self.data)


r = Report([1, 2, 3])
print(r.total, r.total, Report.total.__doc__, "total" in vars(r))
r.data.append(4)
del r.total
print(r.total)


class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __set_name__(self, owner, name):
        self.key = "_" + name

    def __get__(self, obj, cls=None):
        return self if obj is None else obj.__dict__.get(self.key)

    def __set__(self, obj, value):
        if not self.lo <= value <= self.hi:
            raise ValueError(f"{self.key[1:]}={value} not in [{self.lo}, {self.hi}]")
        obj.__dict__[self.key] = value


class Pixel:
    r = Range(0, 255)
    g = Range(0, 255)

    def __init__(self, r, g):
        self.r, self.g = r, g


p = Pixel(10, 20)
print(p.r, p.g, type(Pixel.r).__name__)
for bad in (300, -1):
    try:
        p.g = bad
    except ValueError as e:
        print("ValueError:", e)


class Lazy:
    def __getattr__(self, name):
        if name.startswith("mod_"):
            value = name[4:].upper()
            setattr(self, name, value)
            print("loaded", name)
            return value
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


lz = Lazy()
print(lz.mod_json, lz.mod_json, sorted(vars(lz)))
try:
    lz.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(lz, "other", "fallback"), hasattr(lz, "mod_x"))
