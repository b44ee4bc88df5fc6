# ExceptionGroup / BaseExceptionGroup construction rules and messages
eg = ExceptionGroup("many", [ValueError(1), TypeError("two")])
print(repr(eg), str(eg), eg.message, eg.exceptions, eg.args)
print(type(BaseExceptionGroup("auto", [ValueError()])).__name__)
print(type(BaseExceptionGroup("base", [KeyboardInterrupt()])).__name__)
print(str(ExceptionGroup("one", [OSError()])))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), ExceptionGroup.__mro__)
print(BaseExceptionGroup.__bases__, ExceptionGroup.__bases__)
print(repr(ExceptionGroup("t", (ValueError(),))))

bad = [
    lambda: ExceptionGroup("x", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("x", []),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("x", 5),
    lambda: ExceptionGroup("x", {ValueError()}),
    lambda: ExceptionGroup("x", [ValueError(), 1]),
    lambda: ExceptionGroup("x"),
    lambda: ExceptionGroup("x", [ValueError()], extra=1),
    lambda: BaseExceptionGroup("x", [ValueError], 3),
]
for f in bad:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    eg.message = "new"
except AttributeError as e:
    print("AttributeError", e)
