# traceback frames named <lambda> and <listcomp>
f = lambda x: 10 // x
print(f(2))
values = [f(x) for x in [5, 1, 0]]
