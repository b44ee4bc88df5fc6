from collections import OrderedDict

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print("KeyError", e)
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, dict(a) == dict(b), a == {'y': 2, 'x': 1}, a != b)
print(OrderedDict(), OrderedDict(a=1), OrderedDict.fromkeys('abc', 0))
print(a.keys(), a.values(), a.items())
print(list(reversed(a)), a.pop('x'), a.pop('q', 'dflt'), a)
print(a.setdefault('w', 7), a)
e = OrderedDict()
try:
    e.popitem()
except KeyError as ex:
    print("KeyError", ex)
c = OrderedDict(one=1, two=2)
c2 = c.copy()
c2['three'] = 3
print(c, c2, c | {'z': 0})
c.update([('zero', 0)], more=5)
print(c, len(c), isinstance(c, dict))
