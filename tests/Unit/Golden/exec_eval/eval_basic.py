# eval: expressions with globals/locals dicts, builtins access, errors for statements
print(eval("1 + 2 * 3"), eval("'a' * 3"), eval("[x * 2 for x in range(3)]"))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x * z", {"x": 3}, {"z": 4}))
g = {"a": 5}
print(eval("a", g), "__builtins__" in g, eval("len('abc')", {}))
print(eval("  42  "), eval("\n1 + 1\n"), eval("(1,\n 2)"))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    eval("len", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
print(eval("lambda v: v + 1")(1), eval("abs")(-3))
loc = {"k": 1}
print(eval("k + 1", None, loc), eval("x", None, {}))
code = compile("2 ** 8", "<expr>", "eval")
print(eval(code), type(code).__name__, code.co_filename, code.co_name)
try:
    eval(42)
except TypeError as e:
    print("TypeError:", e)
print(eval(b"1 + 1"), eval("True and not False"))
