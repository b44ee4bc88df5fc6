# JSONDecodeError is a ValueError with msg, doc, pos, lineno, colno
import json
print(json.JSONDecodeError.__mro__)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('{"x": }')
except ValueError as e:
    print(type(e).__name__, e.args)
    print(e.msg, repr(e.doc), e.pos, e.lineno, e.colno)
e = json.JSONDecodeError("custom", "line1\nline2\nline3", 13)
print(e, e.lineno, e.colno)
print(repr(e))
try:
    json.loads(42)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads("[")
except json.JSONDecodeError as e:
    print(type(e).__module__, type(e).__qualname__, e)
