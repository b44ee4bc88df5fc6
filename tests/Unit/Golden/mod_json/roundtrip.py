# dumps followed by loads gives back equal data
import json
data = {"name": "gilrun", "version": [3, 11], "flags": {"fast": True, "stable": None},
        "ratio": 0.125, "big": 2 ** 70, "text": "multi\nline \u00e9 \U0001F680", "nested": [[[]], [{}]]}
for kwargs in [{}, {"indent": 2}, {"sort_keys": True}, {"ensure_ascii": False}, {"separators": (",", ":")}]:
    s = json.dumps(data, **kwargs)
    back = json.loads(s)
    print(sorted(kwargs), back == data, len(s))
print(json.loads(json.dumps((1, (2, 3)))))
print(json.loads(json.dumps({1: 2})))
