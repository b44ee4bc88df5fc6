# deeper structures, mixed containers, unicode keys
import json
tree = {"root": {"children": [{"id": i, "tags": ["t%d" % j for j in range(i)]} for i in range(4)]}}
s = json.dumps(tree, sort_keys=True)
print(s)
print(json.loads(s)["root"]["children"][3]["tags"])
deep = []
cur = deep
for i in range(30):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(json.dumps(deep))
print(json.loads(json.dumps(deep)) == deep)
print(json.dumps({"\u65e5\u672c": ["\u8a9e"]}), json.dumps({"\u65e5\u672c": ["\u8a9e"]}, ensure_ascii=False))
