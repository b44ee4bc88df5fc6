# raise ... from None hides the context but keeps it reachable
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise AttributeError(key) from None

try:
    lookup({}, "name")
except AttributeError as e:
    print(repr(e), repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
lookup({"a": 1}, "b")
