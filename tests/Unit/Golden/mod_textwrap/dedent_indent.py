# textwrap.dedent and textwrap.indent
import textwrap
print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("  x\n   \n  y")))
print(repr(textwrap.dedent("\tx\n\ty")), repr(textwrap.dedent("no indent\n  x")))
code = '''
    def f():
        return 1
'''
print(textwrap.dedent(code))
print(repr(textwrap.indent("a\nb\n\nc", "> ")))
print(repr(textwrap.indent("a\n  \nb", "+", lambda line: True)))
print(repr(textwrap.indent("x\r\ny\n", "  ")))
print(textwrap.indent(textwrap.fill("word " * 12, 20), "| "))
