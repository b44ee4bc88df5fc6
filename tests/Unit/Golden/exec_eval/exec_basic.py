# exec: statements, namespaces, function definitions inside exec, return value None
ns = {}
r = exec("a = 1\nb = a + 1\ndef f(v):\n    return v * b\n", ns)
print(r, ns["a"], ns["b"], ns["f"](10), sorted([k for k in ns if k != "__builtins__"]))
exec("print('printed from exec')")
exec("z = 99")
print(z)
g = {"x": 1}
l = {}
exec("y = x + 1", g, l)
print(l, "y" in g)
exec("for i in range(3):\n    print('loop', i)")
src = """
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
result = fact(10)
"""
env = {}
exec(src, env)
print(env["result"])
code = compile("q = 5\nprint('compiled exec', q)", "<code>", "exec")
exec(code)
print(q)
def in_function():
    exec("w = 123")
    return "w" in locals()
print(in_function())
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("ValueError:", e)
try:
    exec("1 +")
except SyntaxError as e:
    print("SyntaxError:", e)
