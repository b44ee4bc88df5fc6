# str split family: split, rsplit, splitlines, partition, rpartition, join
print("a,b,,c".split(","))
print("  a  b \t c\n".split())
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2))
print("a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("".split(), "".split(","), "   ".split())
print("a::b::c".split("::"), "x".split("x"))
print("line1\nline2\r\nline3\rline4".splitlines())
print("a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("abc".partition("z"), "abc".rpartition("z"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
try:
    "".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
