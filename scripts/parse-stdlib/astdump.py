#!/usr/bin/env python3
"""Prints CPython's ast in the canonical text form of tests/Unit/Compiler/ParserAstDump.cs.

Usage: astdump.py FILE            -> the dump of FILE (or "ERROR <type>|<msg>|<lineno>|<offset>")
       astdump.py --tree SRC DST  -> writes DST/<rel>.ast for every .py under SRC
Columns: CPython reports UTF-8 byte offsets; they are converted here to UTF-16 code units, which is
what gilrun counts (a .NET string's chars; the same as code points except for non-BMP characters).
"""
import ast, io, os, struct, sys, tokenize

F = {
    'Module': ['body'], 'Expression': ['body'], 'Interactive': ['body'],
    'FunctionDef': ['name', 'args', 'body', 'decorator_list', 'returns', '@async'],
    'ClassDef': ['name', 'bases', 'keywords', 'body', 'decorator_list'],
    'Return': ['value'], 'Delete': ['targets'], 'Assign': ['targets', 'value'],
    'AugAssign': ['target', 'op', 'value'], 'AnnAssign': ['target', 'annotation', 'value', '!simple'],
    'For': ['target', 'iter', 'body', 'orelse', '@async'], 'While': ['test', 'body', 'orelse'],
    'If': ['test', 'body', 'orelse'], 'With': ['items', 'body', '@async'], 'Match': ['subject', 'cases'],
    'Raise': ['exc', 'cause'], 'Try': ['body', 'handlers', 'orelse', 'finalbody', '@star'],
    'Assert': ['test', 'msg'], 'Import': ['names'], 'ImportFrom': ['module', 'names', 'level'],
    'Global': ['names'], 'Nonlocal': ['names'], 'ExprStmt': ['value'], 'Pass': [], 'Break': [], 'Continue': [],
    'ExceptHandler': ['type', 'name', 'body'], 'Alias': ['name', 'asname'],
    'WithItem': ['context_expr', 'optional_vars'], 'MatchCase': ['pattern', 'guard', 'body'],
    'BoolOp': ['op', 'values'], 'NamedExpr': ['target', 'value'], 'BinOp': ['left', 'op', 'right'],
    'UnaryOp': ['op', 'operand'], 'Lambda': ['args', 'body'], 'IfExp': ['test', 'body', 'orelse'],
    'Dict': ['keys', 'values'], 'Set': ['elts'], 'ListComp': ['elt', 'generators'],
    'SetComp': ['elt', 'generators'], 'DictComp': ['key', 'value', 'generators'],
    'GeneratorExp': ['elt', 'generators'], 'Await': ['value'], 'Yield': ['value'], 'YieldFrom': ['value'],
    'Compare': ['left', 'ops', 'comparators'], 'Call': ['func', 'args', 'keywords'],
    'FormattedValue': ['value', 'conversion', 'format_spec'], 'JoinedStr': ['values'],
    'Constant': ['value', 'kind'], 'Attribute': ['value', 'attr'], 'Subscript': ['value', 'slice'],
    'Starred': ['value'], 'Name': ['id'], 'List': ['elts'], 'Tuple': ['elts'],
    'Slice': ['lower', 'upper', 'step'],
    'Comprehension': ['target', 'iter', 'ifs', '!is_async'],
    'Arguments': ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
    'Arg': ['arg', 'annotation'], 'Keyword': ['arg', 'value'],
    'MatchValue': ['value'], 'MatchSingleton': ['value'], 'MatchSequence': ['patterns'],
    'MatchMapping': ['keys', 'patterns', 'rest'], 'MatchClass': ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'],
    'MatchStar': ['name'], 'MatchAs': ['pattern', 'name'], 'MatchOr': ['patterns'],
}
RENAME = {'AsyncFunctionDef': 'FunctionDef', 'AsyncFor': 'For', 'AsyncWith': 'With', 'TryStar': 'Try',
          'Expr': 'ExprStmt', 'excepthandler': 'ExceptHandler', 'ExceptHandler': 'ExceptHandler',
          'alias': 'Alias', 'withitem': 'WithItem', 'match_case': 'MatchCase', 'comprehension': 'Comprehension',
          'arguments': 'Arguments', 'arg': 'Arg', 'keyword': 'Keyword'}
ASYNC = {'AsyncFunctionDef', 'AsyncFor', 'AsyncWith'}
NOPOS = {'Comprehension', 'Arguments', 'WithItem', 'MatchCase', 'Module', 'Expression', 'Interactive'}


def hex16(s):
    return s.encode('utf-16-le', 'surrogatepass').hex()


def bits(d):
    return struct.pack('<d', d).hex()


def const(v):
    if v is None: return 'None'
    if v is Ellipsis: return 'Ellipsis'
    if v is True: return 'True'
    if v is False: return 'False'
    if isinstance(v, int): return 'i%d' % v
    if isinstance(v, float): return 'f' + bits(v)
    if isinstance(v, complex): return 'c' + bits(v.real) + bits(v.imag)
    if isinstance(v, str): return 'u' + hex16(v)
    if isinstance(v, bytes): return 'b' + v.hex()
    raise TypeError(type(v))


class Dumper:
    def __init__(self, lines):
        self.lines = lines  # bytes lines, for byte->char column conversion

    def col(self, line, bcol):
        if line - 1 < len(self.lines):
            return len(self.lines[line - 1][:bcol].decode('utf-8', 'replace').encode('utf-16-le', 'surrogatepass')) // 2
        return bcol

    def w(self, v, out, field=None):
        if v is None: out.append('null')
        elif isinstance(v, list):
            out.append('[')
            for i, x in enumerate(v):
                if i: out.append(',')
                self.w(x, out)
            out.append(']')
        elif isinstance(v, ast.AST):
            self.node(v, out)
        elif isinstance(v, str): out.append('s' + hex16(v))
        elif isinstance(v, bool): out.append('True' if v else 'False')
        elif isinstance(v, int): out.append(str(v))
        else: raise TypeError(type(v))

    def node(self, n, out):
        py = type(n).__name__
        if isinstance(n, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop, ast.expr_context)):
            out.append(py)
            return
        name = RENAME.get(py, py)
        out.append(name + '(')
        for i, f in enumerate(F[name]):
            if i: out.append(',')
            if f == '@async': out.append('True' if py in ASYNC else 'False')
            elif f == '@star': out.append('True' if py == 'TryStar' else 'False')
            elif f.startswith('!'): out.append('True' if getattr(n, f[1:]) else 'False')
            elif (name == 'Constant' or name == 'MatchSingleton') and f == 'value': out.append(const(n.value))
            elif name == 'Constant' and f == 'kind': out.append('null' if n.kind is None else 's' + hex16(n.kind))
            else: self.w(getattr(n, f), out)
        if hasattr(n, 'ctx'): out.append(';' + type(n.ctx).__name__)
        out.append(')')
        if name not in NOPOS:
            out.append('@%d:%d-%d:%d' % (n.lineno, self.col(n.lineno, n.col_offset),
                                        n.end_lineno, self.col(n.end_lineno, n.end_col_offset)))


def dump_file(path):
    with open(path, 'rb') as f:
        data = f.read()
    try:
        tree = ast.parse(data, path)
    except SyntaxError as e:
        return 'ERROR %s|%s|%s|%s' % (type(e).__name__, e.msg, e.lineno, e.offset)
    except Exception as e:
        return 'ERROR %s|%s' % (type(e).__name__, e)
    enc = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    text = data.decode(enc, 'replace')
    if text.startswith('\ufeff'): text = text[1:]
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    d = Dumper([l.encode('utf-8') for l in text.split('\n')])
    out = []
    try:
        d.node(tree, out)
    except RecursionError:
        return 'SKIP too deep for this dumper'
    return ''.join(out)


if __name__ == '__main__':
    sys.setrecursionlimit(20000)
    if sys.argv[1] == '--tree':
        src, dst = sys.argv[2], sys.argv[3]
        n = 0
        for root, dirs, files in os.walk(src):
            for fn in files:
                if not fn.endswith('.py'): continue
                p = os.path.join(root, fn)
                rel = os.path.relpath(p, src)
                o = os.path.join(dst, rel + '.ast')
                os.makedirs(os.path.dirname(o), exist_ok=True)
                with open(o, 'w') as f:
                    f.write(dump_file(p))
                n += 1
        print(n, 'files')
    else:
        print(dump_file(sys.argv[1]))
