import string

f = string.Formatter()
print(f.format("{} + {} = {}", 1, 2, 3), f.format("{0}{1}{0}", "a", "b"), f.format("{name:>6}|{x:.2f}", name="ab", x=3.14159))
print(f.format("{0.real} {1[k]} {2[1]}", 3j, {"k": "v"}, "xyz"), f.format("{!r} {!s} {!a}", "q", 5, "é"))
print(f.format("{:{width}.{prec}f}", 2.71828, width=8, prec=3), f.format("{{literal}} {0}", "x"))
print(list(f.parse("a{0}b{name!r:>5}c{{d}}")))
print(list(f.parse("plain")), list(f.parse("")), list(f.parse("{}")))
for bad in ["{", "}", "{0!x}", "a{0"]:
    try:
        print(f.format(bad, 1))
    except ValueError as e:
        print("ValueError:", e)
try:
    f.format("{} {0}", 1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    f.format("{missing}")
except KeyError as e:
    print("KeyError:", e)
try:
    f.format("{5}", 1)
except IndexError as e:
    print("IndexError:", e)

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)
print(Upper().format("{0} and {other} and {name}", "abc", name="joe"))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - used
        if unused:
            raise ValueError(f"unused: {sorted(unused)}")
try:
    Strict().format("{a}", a=1, b=2)
except ValueError as e:
    print("ValueError:", e)
print(string.capwords(" hello   world "), string.ascii_letters[:5], len(string.printable))
