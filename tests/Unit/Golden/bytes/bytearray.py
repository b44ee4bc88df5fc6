# bytearray: mutation, append/extend/pop/insert/remove, slicing assignment, conversion
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), ba[1], bytes(ba))
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 33)
ba.remove(90)
print(ba, ba.find(b"d"), ba.upper())
print(bytearray(3), bytearray([1, 2]), bytearray("hi", "ascii"), bytearray())
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    ba.remove(200)
except ValueError as e:
    print("ValueError:", e)
ba2 = bytearray(b"x")
ba2 += b"yz"
ba2 *= 2
print(ba2, ba2 == b"xyzxyz", ba2.decode(), ba2.hex())
try:
    hash(ba2)
except TypeError as e:
    print("TypeError:", e)
print(bytearray(b"hello").replace(b"l", b"L"), ba2.reverse(), ba2)
