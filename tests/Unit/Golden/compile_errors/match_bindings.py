# name bindings in patterns: no name twice, the same names in every alternative, one star
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("match x:\n    case [a, a]:\n        pass")
check("match x:\n    case {1: a, **a}:\n        pass")
check("match x:\n    case C(a, b=a):\n        pass")
check("match x:\n    case (1 as a) | a:\n        pass")
check("match x:\n    case 1 | a:\n        pass")
check("match x:\n    case [a] | [b]:\n        pass")
check("match x:\n    case (a, b) | (b, c):\n        pass")
check("match x:\n    case (a, b) | (b, a):\n        pass")
check("match x:\n    case [*a, *b]:\n        pass")
check("match x:\n    case [a, *_, *_]:\n        pass")
