# mapping keys must be distinct literals or attributes; class pattern keywords must be distinct
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("match x:\n    case {'a': 1, 'a': 2}:\n        pass")
check("match x:\n    case {True: 1, 1: 2}:\n        pass")
check("match x:\n    case {1: 1, 1.0: 2}:\n        pass")
check("match x:\n    case {'a': 1, b'a': 2}:\n        pass")
check("match x:\n    case {None: 1, None: 2}:\n        pass")
check("match x:\n    case {-0: 1, 0: 2}:\n        pass")
check("match x:\n    case {a.b: 1, a.b: 2}:\n        pass")
check("match x:\n    case {f: 1}:\n        pass")
check("match x:\n    case C(x=a, x=b):\n        pass")
check("match x:\n    case 1 + 2:\n        pass")
check("match x:\n    case -1 - 2j:\n        pass")
