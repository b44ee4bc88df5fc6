"""Keywords of the Python language (the grammar's hard and soft keywords)."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

# Hard keywords: reserved everywhere, sorted as the grammar's generator emits them.
kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
]

# Soft keywords: names that are keywords only in some contexts (match statements).
softkwlist = [
    '_', 'case', 'match',
]

iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
