# json.loads of each JSON value type
import json
for text in ['null', 'true', 'false', '0', '-12', '3.5', '1e3', '-2.5E-2', '12345678901234567890123',
             '"s"', '[]', '{}', '[1, [2, [3]]]', '{"a": {"b": [null]}}', ' \n\t [ 1 , 2 ] \r\n ',
             '-0', '-0.0', '1E400', 'NaN', 'Infinity', '-Infinity']:
    v = json.loads(text)
    print(repr(text), "->", repr(v), type(v).__name__)
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b'"ba"')))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/"'))
print(json.loads('"\\ud800x"') == '\ud800x')
