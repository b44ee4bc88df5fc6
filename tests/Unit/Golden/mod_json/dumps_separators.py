# separators and sort_keys
import json
d = {"b": 1, "a": [1, 2], "c": {"z": 0, "y": 1}}
print(json.dumps(d, separators=(",", ":")))
print(json.dumps(d, separators=(" , ", " = ")))
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, sort_keys=True, indent=1, separators=(",", ": ")))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
