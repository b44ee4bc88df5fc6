from collections import defaultdict

d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d)
print(d['missing'], d)
print(d.default_factory, len(d), 'zz' in d, d.get('zz'))
c = defaultdict(int)
for ch in "hello world":
    c[ch] += 1
print(sorted(c.items()))
n = defaultdict()
print(n)
try:
    n['x']
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
d2 = d.copy()
d2['new'].append(0)
print(type(d2).__name__, d2.default_factory, 'new' in d, 'new' in d2)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(dict(nested['x']), isinstance(d, dict), d == {'a': [1, 3], 'b': [2], 'missing': []})
dd = defaultdict(set, {'k': {1}})
dd['k'].add(2)
dd['j'].add(3)
print(dd)
class Tally(defaultdict):
    pass
t = Tally(int)
t['q'] += 1
print(t)
m = d | {'z': [9]}
print(type(m).__name__, m['z'], m.default_factory)
print(defaultdict(str, a='x'))
