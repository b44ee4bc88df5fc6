# chr, ord, repr, ascii, str of builtins
print([ord(c) for c in "Az09 ~\n"], [chr(i) for i in [65, 97, 48, 32, 126]])
print(ord("é"), ord("😀"), chr(233), chr(0x1F600), ord(b"A"), ord(bytearray(b"z")))
print(repr("hi"), repr(1), repr(1.0), repr([1, "a"]), repr(None), repr(b"x"), repr({1: "a"}))
print(ascii("hello"), ascii("héllo"), ascii("😀"), ascii(["é"]), ascii(1))
print(str(1e100), str(-0.0), str(1 + 2j), str((1, "a")), str(["a"]), str(b"\x00"))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print(repr(repr("x")), repr("\\"), repr("a\tb"), len(repr("\x00")))
print(repr(range(3)), repr(slice(1, 2)), repr(frozenset()), repr(set()), repr(...), repr(NotImplemented))
print(repr(len), repr(print), repr(int), repr(type), repr(ValueError), repr(ValueError("msg")))
print(repr(KeyError("k")), str(KeyError("k")), str(ValueError("a", 1)), repr(Exception()))
