import string
from string import Template, Formatter

rows = [("alice", 3), ("bob", 12)]
tpl = Template("$name has ${count} item(s)")
print([tpl.substitute(name=n, count=c) for n, c in rows])
print(Template("$a $b").safe_substitute({"a": 1}), Template("$$").substitute(), Template("").substitute())
print(Template("${x}y").substitute(x="X"), Template("$x.y").substitute(x="X"), Template("$x_y").safe_substitute(x="X"))
try:
    Template("$who").substitute({})
except KeyError as e:
    print("KeyError", e)
print(Template("$a $b $a").get_identifiers(), Template("bad $").is_valid())
f = Formatter()
print(f.vformat("{0}-{x}", ("p",), {"x": "q"}), f.format("{0[0]}{0[1]}", "ab"), f.format("{:*^9}", "mid"))
print(f.convert_field(3, "r"), f.format_field(3.14159, ".2f"), f.get_value(1, ("a", "b"), {}), f.get_value("k", (), {"k": 2}))
print(f.get_field("0.imag", (2j,), {}), f.format("{0!s:>4}|{1:<3}|", 7, "z"))
print(list(f.parse("{a.b[c]!r:^{w}}")))
print(string.capwords("they're bill's friends."), string.capwords("a  b", " "), string.digits, string.octdigits)
print(repr(string.whitespace), string.punctuation, string.ascii_uppercase[-3:])
