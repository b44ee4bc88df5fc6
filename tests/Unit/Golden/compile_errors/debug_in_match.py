# __debug__ cannot be captured by a pattern either
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("match x:\n    case __debug__:\n        pass")
check("match x:\n    case [*__debug__]:\n        pass")
check("match x:\n    case {**__debug__}:\n        pass")
check("match x:\n    case C(__debug__=1):\n        pass")
check("match x:\n    case 1 as __debug__:\n        pass")
