# more than 15 sub-exceptions are elided, and deep nesting stops at depth 10
big = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
deep = ValueError("bottom")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep])
raise ExceptionGroup("both", [big, deep])
