# dictionary keys are coerced to strings; skipkeys drops the others
import json
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({float("inf"): 1, float("-inf"): 2}))
print(json.dumps({10 ** 20: 1, -3: 2}))
try:
    json.dumps({(1, 2): "tuple"})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({frozenset(): 1})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "skip", "kept": 1, b"x": 2}, skipkeys=True))
