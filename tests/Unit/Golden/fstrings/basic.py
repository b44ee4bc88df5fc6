# f-strings: expressions, conversions !r !s !a, nested quotes, braces escaping
name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5}")
print(f"{name!r} {name!s} {'é'!a} {'é'!r}")
print(f"{{literal}} {{{n}}}")
print(f'{"double inside single"}', f"{'single inside double'}")
print(F"upper F {n}", rf"raw \n {n}", fr"{name}\t")
items = [1, 2, 3]
print(f"{items} {items[0]} {len(items)} {items[-1]:>3}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{'nested ' + f'{n}'}")
print(f"{n if n > 40 else 0} {[x * 2 for x in items]}")
print(f"{(lambda x: x + 1)(5)}")
print(f"""triple {name}
second line {n}""")
print(f"{3.14159!r:>10}")
print(f"{None} {True} {...}")
