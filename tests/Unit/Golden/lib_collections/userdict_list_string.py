from collections import UserDict, UserList, UserString

class CaseInsensitive(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return key.lower() in self.data
ci = CaseInsensitive({"Content-Type": "json"})
ci["ACCEPT"] = "*/*"
print(ci, ci["content-type"], "Accept" in ci, len(ci), list(ci), ci.get("accept"), ci.copy())
class Defaulting(UserDict):
    def __missing__(self, key):
        return f"<{key}>"
dd = Defaulting(a=1)
print(dd["a"], dd["zz"], "zz" in dd, dd | {"b": 2}, type(dd | {"b": 2}).__name__)
ud = UserDict.fromkeys("xy", 0)
ud.update(z=1)
print(ud, ud.pop("x"), ud.setdefault("w", 5), sorted(ud.items()), ud == {"y": 0, "z": 1, "w": 5})

class Bounded(UserList):
    def append(self, item):
        if len(self) >= 3:
            raise OverflowError("full")
        super().append(item)
b = Bounded([1])
b.append(2); b.append(3)
try:
    b.append(4)
except OverflowError as e:
    print("OverflowError:", e)
print(b, b * 2, 2 * b, b + Bounded([9]), b[::-1], type(b[::-1]).__name__, b.copy(), b.count(1), b.index(3))
b2 = UserList([3, 1, 2]); b2.sort(reverse=True); b2 += [0]; b2 *= 2
print(b2, len(b2), 0 in b2, b2 > [3], b2 == [3, 2, 1, 0, 3, 2, 1, 0])
del b2[1:3]; b2[0] = 99; b2.remove(0); b2.clear()
print(b2, bool(b2))

class Path(UserString):
    def join(self, *parts):
        return Path("/".join([self.data, *parts]))
p = Path("usr").join("local", "bin")
print(p, repr(p), type(p).__name__, p.upper(), p.split("/"), p[0:3], p.endswith("bin"), p.count("/"), len(p))
print(Path("a") + "b", "x" + Path("y"), Path("ab") * 2, Path("  pad ").strip(), Path("%s!") % "hi", Path("b") < Path("c"), hash(Path("k")) == hash("k"))
