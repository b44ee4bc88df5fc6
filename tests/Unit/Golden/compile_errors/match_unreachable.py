# irrefutable patterns make the remaining cases unreachable
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("match x:\n    case a:\n        pass\n    case 1:\n        pass")
check("match x:\n    case _:\n        pass\n    case 1:\n        pass")
check("match x:\n    case a if a:\n        pass\n    case b:\n        pass")
check("match x:\n    case _ | 1:\n        pass")
check("match x:\n    case a | b:\n        pass")
check("match x:\n    case (a):\n        pass\n    case _:\n        pass")
check("match x:\n    case 1:\n        pass\n    case _:\n        pass")
