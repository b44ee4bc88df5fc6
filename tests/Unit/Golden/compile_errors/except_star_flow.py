# 'break', 'continue' and 'return' cannot leave an except* block
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)

check("for x in y:\n    try:\n        pass\n    except* E:\n        break")
check("for x in y:\n    try:\n        pass\n    except* E:\n        continue")
check("def f():\n    try:\n        pass\n    except* E:\n        return 1")
check("def f():\n    try:\n        pass\n    except* E:\n        return")
check("for x in y:\n    try:\n        pass\n    except* E:\n        for z in w:\n            break")
check("def f():\n    try:\n        pass\n    except* E:\n        def g():\n            return 1")
check("try:\n    pass\nexcept* E:\n    break")
