# SyntaxError's fields, str(), and how a raised one prints
e = SyntaxError("bad thing", ("prog.py", 3, 5, "x = = 1\n", 3, 8))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(e), "|", repr(e), "|", e.args)
print(repr(str(SyntaxError())), SyntaxError().msg, SyntaxError("m").lineno)
print(str(SyntaxError("m", (None, 1, 2, "t"))), str(SyntaxError("m", ("dir/f.py", None, 2, "t"))))
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
try:
    compile("x = = 1", "snippet.py", "exec")
except SyntaxError as err:
    print(err.msg, err.filename, err.lineno, err.offset, repr(err.text), "|", err)
raise SyntaxError("custom", ("f.py", 2, 3, "a b c\n", 2, 6))
