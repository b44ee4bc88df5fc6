# Generates CallsOracle.g.cs from python3 (CPython 3.11): list/tuple/dict/set/range/slice method calls
# and operators, with the repr of the result and of the receiver afterwards (or the exception raised).
# Run: python3 gen_calls_oracle.py
import operator, struct

def cs_str(s):
    data = s.encode("utf-16-le", "surrogatepass")
    out = []
    for u in struct.unpack("<%dH" % (len(data) // 2), data):
        c = chr(u)
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif 32 <= u < 127:
            out.append(c)
        else:
            out.append("\\u%04x" % u)
    return '"' + "".join(out) + '"'

def cs_val(v):
    if v is abs: return 'F("abs")'
    if v is len: return 'F("len")'
    if v is str.lower: return 'F("lower")'
    if isinstance(v, bool): return "Py.True" if v else "Py.False"
    if isinstance(v, int): return "I(%d)" % v if -2**63 <= v < 2**63 else 'BigI("%d")' % v
    if isinstance(v, float): return "FL(%r)" % v
    if isinstance(v, str): return "S(%s)" % cs_str(v)
    if isinstance(v, bytes): return "B(%s)" % cs_str(v.decode("latin-1"))
    if v is None: return "Py.None"
    if isinstance(v, tuple): return "T(" + ", ".join(cs_val(x) for x in v) + ")"
    if isinstance(v, list): return "L(" + ", ".join(cs_val(x) for x in v) + ")"
    if isinstance(v, dict): return "D(" + ", ".join(cs_val(k) + ", " + cs_val(x) for k, x in v.items()) + ")"
    if isinstance(v, frozenset): return "FS(" + ", ".join(cs_val(x) for x in v) + ")"
    if isinstance(v, set): return "ST(" + ", ".join(cs_val(x) for x in v) + ")"
    if isinstance(v, range): return "R(%s, %s, %s)" % (cs_val(v.start), cs_val(v.stop), cs_val(v.step))
    if type(v).__name__ == "dict_keys": return "KV(D(" + ", ".join(cs_val(k) + ", I(0)" for k in v) + "))"
    if isinstance(v, slice): return "SL(%s, %s, %s)" % (cs_val(v.start), cs_val(v.stop), cs_val(v.step))
    raise TypeError(repr(v))

OPS = {"__add__": operator.add, "__mul__": operator.mul, "__iadd__": operator.iadd, "__imul__": operator.imul,
       "__or__": operator.or_, "__and__": operator.and_, "__sub__": operator.sub, "__xor__": operator.xor,
       "__ior__": operator.ior, "__iand__": operator.iand, "__isub__": operator.isub, "__ixor__": operator.ixor,
       "__eq__": operator.eq, "__ne__": operator.ne, "__lt__": operator.lt, "__le__": operator.le,
       "__gt__": operator.gt, "__ge__": operator.ge}

calls = []
def c(recv, meth, *args, **kw):
    calls.append((recv, meth, args, kw))

def run(recv, meth, args, kw):
    import copy
    r = copy.deepcopy(recv) if not isinstance(recv, range) else recv
    args = tuple(a if type(a).__name__ == "dict_keys" else copy.deepcopy(a) for a in args)
    try:
        if meth in OPS: res = OPS[meth](r, *args)
        elif meth == "__hash__": res = hash(r)
        elif meth == "__len__": res = len(r)
        elif meth == "__getitem__": res = r[args[0]]
        elif meth == "__setitem__": r[args[0]] = args[1]; res = None
        elif meth == "__delitem__": del r[args[0]]; res = None
        elif meth == "__contains__": res = args[0] in r
        elif meth == "__repr__": res = Raw(repr(r))
        elif meth == "list": res = list(r)
        elif meth == "reversed": res = list(reversed(r))
        elif meth[:5] in ("keys:", "item:", "rkey:"):
            view = r.items() if meth[:5] == "item:" else r.keys()
            f = {"|": operator.or_, "&": operator.and_, "-": operator.sub, "^": operator.xor, "==": operator.eq, "<": operator.lt}[meth[5:]]
            res = f(args[0], view) if meth[:5] == "rkey:" else f(view, args[0])
        else: res = getattr(r, meth)(*args, **kw)
        out = repr(res)
    except Exception as e:
        return "!" + type(e).__name__ + ": " + str(e)
    if isinstance(r, (list, dict, set)):
        out += " | " + repr(r)
    return out

class Raw(str):
    def __repr__(self): return str(self)

L5 = [3, 1, 4, 1, 5]
for l in [[], [1], [3, 1, 4, 1, 5, 9, 2, 6], ["b", "A", "c", "a"], [(2, "x"), (1, "y"), (2, "a")], [[1, 2], [1], []]]:
    c(l, "__repr__"); c(l, "sort"); c(l, "sort", reverse=True); c(l, "reverse"); c(l, "copy"); c(l, "clear")
    c(l, "pop"); c(l, "pop", 0); c(l, "pop", -2); c(l, "pop", 10); c(l, "append", 7); c(l, "extend", (8, 9))
    c(l, "extend", "ab"); c(l, "insert", 1, "x"); c(l, "insert", -100, "y"); c(l, "insert", 100, "z")
    c(l, "remove", 1); c(l, "index", 1); c(l, "index", 1, 2); c(l, "count", 1)
    for sl in [slice(None), slice(1, None), slice(None, None, -1), slice(None, None, 2), slice(-3, -1), slice(5, 1, -2), slice(100, 200)]:
        c(l, "__getitem__", sl); c(l, "__delitem__", sl)
    c(l, "__setitem__", slice(1, 3), [7, 8, 9]); c(l, "__setitem__", slice(None, None, 2), [0, 0, 0]); c(l, "__setitem__", slice(None, None, -3), (5, 6))
    c(l, "__setitem__", slice(2, 1), ["q"]); c(l, "__setitem__", 0, "first"); c(l, "__setitem__", -1, "last"); c(l, "__setitem__", 50, 1)
    c(l, "__setitem__", slice(0, 2), 5)
    c(l, "__getitem__", 0); c(l, "__getitem__", -1); c(l, "__getitem__", 10**20); c(l, "__getitem__", "a"); c(l, "__delitem__", 0)
    c(l, "__add__", [0]); c(l, "__add__", (0,)); c(l, "__mul__", 3); c(l, "__mul__", -1); c(l, "__iadd__", (1, 2)); c(l, "__imul__", 2)
    c(l, "__eq__", [3, 1, 4]); c(l, "__lt__", [3, 1, 5]); c(l, "__ge__", []); c(l, "__contains__", 1); c(l, "__hash__")
    c(l, "reversed"); c(l, "__len__")
c([3, -1, 2, -5], "sort", key=abs); c([3, -1, 2, -3], "sort", key=abs, reverse=True); c(["bb", "a", "ccc", "dd"], "sort", key=len)
c(["b", "A", "a", "B"], "sort", key=str.lower); c([1, "a"], "sort"); c([], "sort", 1); c([], "sort", k=1)
c(list(range(100, 0, -3)) + list(range(50)), "sort"); c([(i * 7919) % 101 for i in range(300)], "sort")
c([(i % 5, -i) for i in range(40)], "sort", key=len); c([[i % 3, i] for i in range(30)], "sort", reverse=True)
for t in [(), (1,), (1, 2, 3), (-2, (1, 2), False), (1, 2, 1, 3, 1)]:
    c(t, "__repr__"); c(t, "__hash__"); c(t, "count", 1); c(t, "index", 1); c(t, "index", 1, 1); c(t, "__getitem__", slice(None, None, -1))
    c(t, "__getitem__", 1); c(t, "__getitem__", -1); c(t, "__add__", (9,)); c(t, "__add__", [9]); c(t, "__mul__", 2)
    c(t, "__lt__", (1, 3)); c(t, "__eq__", (1, 2, 3)); c(t, "__contains__", 3); c(t, "list")
c((1, [2]), "__hash__"); c((1, 2.5, (7, True)), "__hash__"); c((-1,), "__hash__"); c((2**64, -2**70), "__hash__")
for d in [{}, {"a": 1}, {"a": 1, "b": 2, 3: [4]}, {i: i * i for i in range(12)}, {(1, 2): "t", None: 0, 2.5: "f"}]:
    c(d, "__repr__"); c(d, "keys"); c(d, "values"); c(d, "items"); c(d, "get", "a"); c(d, "get", "zz", 5)
    c(d, "setdefault", "a", 9); c(d, "setdefault", "new"); c(d, "pop", "a"); c(d, "pop", "zz"); c(d, "pop", "zz", None)
    c(d, "popitem"); c(d, "update", {"a": 5, "c": 6}); c(d, "update", [("x", 1), ("y", 2)]); c(d, "update", x=1)
    c(d, "update", [(1, 2, 3)]); c(d, "update", [1]); c(d, "clear"); c(d, "copy"); c(d, "__getitem__", "a"); c(d, "__getitem__", [])
    c(d, "__delitem__", "a"); c(d, "__delitem__", 3); c(d, "__setitem__", "a", 0); c(d, "__or__", {"z": 1, "a": 2}); c(d, "__ior__", [("q", 1)])
    c(d, "__eq__", {"a": 1}); c(d, "__contains__", "a"); c(d, "list"); c(d, "reversed"); c(d, "__len__"); c(d, "__hash__"); c(d, "__lt__", {})
big = {i * 3: i for i in range(40)}
for d in [{1: "a", 2: "b", 3: "c"}, big, {}]:
    for other in [{2, 3, 9}, set(range(0, 100, 2)), [1, 2, 40], {1: 0, 6: 0}.keys(), range(50)]:
        for opn in "|&-^":
            c(d, "keys:" + opn, other); c(d, "rkey:" + opn, other) if not isinstance(other, (list, range)) else None
    c(d, "keys:==", {1, 2, 3}); c(d, "keys:<", {1, 2, 3, 4}); c({k: 2 * k for k in d}, "item:&", {(1, 2), (2, 3)}); c({k: 2 * k for k in d}, "item:|", [(5, 5)])
    c({k: 2 * k for k in d}, "item:-", {(3, 6)}); c({k: 2 * k for k in d}, "item:^", [(1, 2), (7, 7)])
c({"a": 1, "b": 2}, "fromkeys", "xyz"); c({}, "fromkeys", [1, 2], 0); c({}, "fromkeys", 1)
for s in [set(), {1, 2, 3}, {-1, -2, 10**20}, frozenset({1, 2}), {(1, 2), (3, -4)}]:
    c(s, "__repr__"); c(s, "__or__", {4, 5}); c(s, "__and__", {1, 5}); c(s, "__sub__", {1}); c(s, "__xor__", {2, 9})
    c(s, "__le__", {1, 2, 3, 4}); c(s, "__lt__", {1, 2, 3}); c(s, "__eq__", frozenset({1, 2, 3})); c(s, "__ge__", set())
    c(s, "union", [7], (8,)); c(s, "intersection", [1, 2]); c(s, "difference", [1], [2]); c(s, "symmetric_difference", [1, 7])
    c(s, "issubset", [1, 2, 3, 4]); c(s, "issuperset", [1]); c(s, "isdisjoint", [9]); c(s, "copy"); c(s, "__hash__")
    c(s, "__or__", [1]); c(s, "__contains__", 1); c(s, "__contains__", []); c(s, "__contains__", {1, 2}); c(s, "reversed")
    if isinstance(s, set):
        c(s, "add", 4); c(s, "remove", 1); c(s, "remove", 99); c(s, "discard", 99); c(s, "pop"); c(s, "clear")
        c(s, "update", [5, 6], {7}); c(s, "intersection_update", {1, 2}); c(s, "difference_update", [1])
        c(s, "symmetric_difference_update", [1, 8]); c(s, "__ior__", {10}); c(s, "__iand__", {1}); c(s, "__isub__", {2}); c(s, "__ixor__", {3, 4})
for r in [range(0), range(5), range(1, 10, 3), range(10, 0, -2), range(-5, 5, 7), range(2**64, 2**64 + 10, 3), range(0, 10**20, 10**15)]:
    c(r, "__repr__"); c(r, "__len__"); c(r, "__getitem__", 0); c(r, "__getitem__", -1); c(r, "__getitem__", slice(None, None, -1))
    c(r, "__getitem__", slice(1, None, 2)); c(r, "__contains__", 4); c(r, "__contains__", 2**64 + 3); c(r, "__contains__", 4.0)
    c(r, "count", 4); c(r, "index", 4); c(r, "__hash__") if len(r) > 1 else None; c(r, "__eq__", range(0)); c(r, "__eq__", range(0, 5)); c(r, "list") if len(r) < 1000 else None
    c(r, "reversed") if len(r) < 1000 else None; c(r, "__getitem__", 100)
for sl in [slice(None), slice(1, 2), slice(None, None, -1), slice(-10, 10, 3), slice(5, None, -2), slice(10**20, -10**20, -1)]:
    c(sl, "__repr__"); c(sl, "indices", 7); c(sl, "indices", 0); c(sl, "__eq__", slice(1, 2)); c(sl, "__hash__"); c(sl, "__lt__", slice(1, 3))
c(slice(1, 2, 0), "indices", 5); c(slice("a"), "indices", 5); c(slice(1), "indices", -1)

out = []
w = out.append
w("// <auto-generated> by gen_calls_oracle.py from python3 (CPython 3.11); do not edit. </auto-generated>")
w("namespace GilRuntime.Unit.Objects.Collections;")
w("")
w("using GilRuntime.Core.Objects;")
w("using static GilRuntime.Unit.Objects.Text.OracleValues;")
w("")
w("internal static class CallsOracle")
w("{")
w("    /// <summary>(receiver, method, args, keyword names, expected \"repr(result) | repr(receiver)\" or \"!Type: message\").</summary>")
w("    public static (PyObject Recv, string Method, PyObject[] Args, string[] KwNames, string Expected)[] Calls() =>")
w("    [")
for recv, meth, args, kw in calls:
    exp = run(recv, meth, args, kw)
    allargs = list(args) + list(kw.values())
    w("        (%s, %s, [%s], [%s], %s)," % (cs_val(recv), cs_str(meth), ", ".join(cs_val(a) for a in allargs),
                                            ", ".join(cs_str(k) for k in kw), cs_str(exp)))
w("    ];")
w("}")
open("CallsOracle.g.cs", "w").write("\n".join(out) + "\n")
print(len(calls))
