from collections import ChainMap, UserDict, UserList, UserString

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), list(cm))
cm['d'] = 4
print(over, 'd' in cm, cm.get('zz', 'none'))
child = cm.new_child({'a': 100})
print(child['a'], child.parents['a'], child.maps[0], len(child.maps))
try:
    del cm['a']
except KeyError as e:
    print("KeyError", e)
print(cm.pop('c'), dict(cm), bool(ChainMap()), ChainMap())

class Upper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper({'x': 1}, y=2)
u['z'] = 3
print(u, u.data, 'X' in u, len(u), sorted(u.keys()), u.get('Q', 0))
print(dict(u.items()), u == {'X': 1, 'Y': 2, 'Z': 3})

class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
print(s, s.data, s[0], s[-1], s[1:], type(s[1:]).__name__, len(s), s + [4], [0] + s)
s.extend([5, 6]); s.insert(0, -1); s.reverse()
print(s, s.pop(), s.index(2), s.count(2), 3 in s, sorted(s), s * 2)
s.sort(); print(s, s == [-1, 1, 2, 3, 5], s < [0])

us = UserString("Hello")
print(us, repr(us), us.upper(), us + "!", us * 2, len(us), us[1:3], us.lower().startswith('he'), 'ell' in us)
print(us.split('l'), us.replace('l', 'L'), us == "Hello", us < "World", us.center(9, '*'), us.find('o'))
