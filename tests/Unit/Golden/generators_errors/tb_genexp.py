# Errors inside a generator expression show the <genexpr> frame.
def parse(items):
    return sum(int(s) for s in items)

print(parse(["1", "2"]))
print(parse(["1", "x"]))
