# json.dump and json.load with in-memory files
import io
import json
buf = io.StringIO()
json.dump({"a": [1, 2, 3], "b": "x"}, buf, indent=1, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('{"pairs": [[1, 2]]}'), object_pairs_hook=tuple))
print(json.load(io.BytesIO(b'[1, "two", 3.0]')))
try:
    json.load(io.StringIO("{bad}"))
except json.JSONDecodeError as e:
    print(e)
