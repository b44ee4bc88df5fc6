# str, bytes and bytearray seeds go through sha512 (version 2); version 1 hashes the string instead.
import random
for s in ["", "a", "hello world", "héllo ☃", b"", b"abc", bytearray(b"xyz")]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(40))
for s in ["spam", b"spam", ""]:
    random.seed(s, version=1)
    print("v1", repr(s), random.random())
