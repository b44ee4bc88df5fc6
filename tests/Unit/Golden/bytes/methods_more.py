# bytes methods: join/split/strip/partition/startswith/replace/count/find/center, translate, int conversions
b = b"  hello, world  "
print(b.strip(), b.lstrip(), b.rstrip(b" d"), b.split(b","), b.partition(b","), b.rpartition(b"o"))
print(b.upper().strip().split(b", "), b"a-b-c".split(b"-", 1), b"a-b-c".rsplit(b"-", 1), b"x\ny\n".splitlines())
print(b"abc".center(7, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"12".zfill(5))
print(b"hello".title(), b"HeLLo".swapcase(), b"hello world".capitalize(), b"abc".isalnum(), b" ".isspace())
print(b"aXbXc".replace(b"X", b""), b"abcabc".count(b"bc"), b"abc".index(b"c"), b"abc".rfind(b"z"))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"))
print(b"%d-%s" % (5, b"x"), b"".join([b"1", bytearray(b"2")]), bytes(b"copy"), b"abc"[1:], b"abc"[-1])
print(int.from_bytes(b"\x00\x10", "big"), (16).to_bytes(2, "big"), list(bytes.fromhex("0aff")))
print(b"abc" < b"abd", b"ab" < b"abc", b"" == bytes(), b"\x00" * 3, bytes(2) == b"\x00\x00")
for bad in [lambda: b"abc".index(b"z"), lambda: bytes.fromhex("zz"), lambda: b"a".join(["b"]), lambda: b"x"[5]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
