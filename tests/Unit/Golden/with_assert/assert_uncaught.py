# an uncaught bare assert shows the failing line
def validate(items):
    for item in items:
        assert isinstance(item, int)
    return sum(items)

print(validate([1, 2]))
validate([1, "two"])
