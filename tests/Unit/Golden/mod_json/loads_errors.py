# JSONDecodeError messages and positions
import json
bad = ['', '   ', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\\qb"', '"\\u12"',
       '"a\nb"', '01', '-', 'nul', '[', '{', '{"a":', '{"a":1 "b":2}', '[]]', '{"a":1}x',
       '\n\n  [1,\n  ?]', '\ufeff[]', '"\\u00zz"', '[1, 2', 'true false']
for text in bad:
    try:
        json.loads(text)
        print("no error?")
    except json.JSONDecodeError as e:
        print(repr(text), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
