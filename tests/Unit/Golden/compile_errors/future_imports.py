# from __future__ imports: known features only, and only at the top of the module
def check(src):
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset or 0)

check("from __future__ import braces")
check("from __future__ import nested_scopes, rested_snopes")
check("from __future__ import *")
check('"""doc"""\nfrom __future__ import annotations, division')
check("import os\nfrom __future__ import annotations")
check("from __future__ import annotations; import os; from __future__ import division")
check("x = 1\nif x:\n    from __future__ import division")
check("def f():\n    from __future__ import division")
check("from __future__ import generator_stop\nfrom __future__ import with_statement")
