# unserializable objects, circular references and default=
import json
for obj in [object(), {1, 2}, b"bytes", 1j, [1, {"a": range(3)}]]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError:", e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
shared = [1]
print(json.dumps([shared, shared]))
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
print(json.dumps([1j, 2j], default=lambda z: [z.real, z.imag]))
def bad(o):
    raise ValueError("cannot handle " + type(o).__name__)
try:
    json.dumps([object()], default=bad)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(1, bogus=True)
except TypeError as e:
    print("TypeError:", e)
