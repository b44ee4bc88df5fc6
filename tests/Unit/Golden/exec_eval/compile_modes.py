# compile(): modes exec/eval/single, filename, code object attributes, flags-free usage
c1 = compile("x = 1", "file1", "exec")
c2 = compile("x + 1", "file2", "eval")
c3 = compile("3 * 4", "<single>", "single")
print(c1.co_filename, c2.co_filename, c1.co_name, c2.co_name, c3.co_name)
ns = {}
exec(c1, ns)
print(eval(c2, ns))
exec(c3)
exec(compile("'single mode prints repr'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    compile("x = 1", "f", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename, e.lineno)
c4 = compile("def g(a, b):\n    return a - b\n", "<def>", "exec")
ns2 = {}
exec(c4, ns2)
print(ns2["g"](5, 3), ns2["g"].__code__.co_filename, ns2["g"].__code__.co_varnames)
try:
    exec(compile("1/0", "<boom>", "exec"))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(type(c1).__name__, c1.co_argcount, len(c1.co_consts) > 0)
