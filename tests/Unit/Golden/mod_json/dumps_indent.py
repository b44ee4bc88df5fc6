# indent as int and as str, nested empty containers
import json
data = {"name": "x", "items": [1, 2, {"deep": [[], {}]}], "empty": []}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, [3]]], indent="--"))
print(json.dumps([1, 2], indent=""))
print(json.dumps({"a": 1}, indent=-1))
print(json.dumps([], indent=4), json.dumps({}, indent=4))
try:
    json.dumps([1], indent=1.5)
except TypeError as e:
    print("TypeError:", e)
