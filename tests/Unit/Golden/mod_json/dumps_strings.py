# string escaping, ensure_ascii on and off
import json
samples = ["quote\"back\\slash", "tab\tnl\ncr\r", "\b\f", "\x00\x01\x1f", "slash/", "caf\u00e9",
           "\u20ac", "\U0001F600", "\x7f", "\ud800"]
for s in samples:
    print(json.dumps(s))
for s in samples[:-1]:
    print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"k\u00e9y": "v\u00e4l"}))
print(json.dumps({"k\u00e9y": "v\u00e4l"}, ensure_ascii=False))
