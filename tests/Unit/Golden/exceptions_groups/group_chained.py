# groups with causes, contexts and notes inside the box
def child():
    try:
        {}["x"]
    except KeyError as k:
        raise RuntimeError("child failed") from k

def main():
    try:
        child()
    except RuntimeError as e:
        e.add_note("note on child")
        eg = ExceptionGroup("outer", [e, ValueError("multi\nline message")])
        eg.add_note("note on group\nsecond line")
        raise eg

try:
    main()
except ExceptionGroup as g:
    print("caught", g)
    raise
