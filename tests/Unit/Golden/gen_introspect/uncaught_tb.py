# an uncaught exception from a generator in a for loop: interpreter traceback and exit status.
def rows():
    yield {"a": 1}
    yield {"b": 2}

def values(key):
    for row in rows():
        yield row[key]

def main():
    for v in values("a"):
        print("value", v)

main()
