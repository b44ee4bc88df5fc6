# json.dumps of the basic types
import json
print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-17), json.dumps(10 ** 25))
print(json.dumps(1.0), json.dumps(0.1), json.dumps(1e16), json.dumps(-0.0), json.dumps(1.5e-7), json.dumps(3.14159))
print(json.dumps("plain"), json.dumps(""))
print(json.dumps([1, "a", None, [True, False]]))
print(json.dumps((1, 2, (3,))))
print(json.dumps({"a": 1, "b": [1, 2], "c": {}}))
print(json.dumps([]), json.dumps({}), json.dumps(()))
print(type(json.dumps(1)).__name__)
