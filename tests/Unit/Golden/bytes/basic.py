# bytes: literals, indexing gives ints, slicing, methods, decode, hex, comparisons
b = b"hello world"
print(b, b[0], b[-1], b[0:5], b[::-1], len(b), type(b[0]).__name__)
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(b.startswith(b"he"), b"wor" in b, 104 in b, b + b"!", b * 2)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes())
print(b.hex(), bytes.fromhex("de ad be ef"), b"\x00\xff".hex(":"))
print(b.decode(), b"\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(repr(b"\t\n\r\\'\""), repr(b"\x7f\x80"), b"a" < b"b", b"abc" == b"abc")
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(list(b"AB"), b" x ".strip(), b"a,b".split(b","), b"-".join([b"a", b"b"]))
print(hash(b"abc") == hash(b"abc"), b"abc".isalpha(), b"123".isdigit(), b"Ab".lower())
