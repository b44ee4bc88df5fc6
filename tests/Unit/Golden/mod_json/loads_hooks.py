# object_hook, object_pairs_hook, parse_float, parse_int, parse_constant
import json
doc = '{"a": 1, "b": 2.5, "c": [1.25, 10], "d": {"e": NaN}}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_pairs_hook=list, object_hook=dict))
print(json.loads(doc, parse_float=str))
print(json.loads(doc, parse_int=lambda s: int(s) * 100))
print(json.loads(doc, parse_constant=lambda name: "const:" + name))
print(json.loads('[1.10, 2]', parse_float=lambda s: s + "!"))
print(json.loads('{"k": 1, "k": 2}', object_pairs_hook=lambda p: p))
try:
    json.loads("[]", bogus=1)
except TypeError as e:
    print("TypeError:", e)
print(json.loads('"a\\tb\tc"', strict=False))
