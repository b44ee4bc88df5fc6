# add_note / __notes__ (3.11) and how notes print after the message
e = ValueError("main message")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nmultiline note")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as t:
    print(t)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as t:
    print(t)
del e.__notes__
e.add_note("fresh")
print(e.__notes__, e.__dict__)

def failing():
    try:
        raise KeyError("inner")
    except KeyError as k:
        k.add_note("while failing")
        raise
try:
    failing()
except KeyError as k:
    k.add_note("caught and annotated")
    k.__notes__.append(123)
    err = k
raise err
