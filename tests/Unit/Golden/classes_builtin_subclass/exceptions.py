# Exception subclasses: extra attributes, __str__ overrides, hierarchies, args, raising and catching.
class AppError(Exception):
    pass


class ValidationError(AppError, ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class HttpError(AppError):
    def __init__(self, status, reason="unknown"):
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"HTTP {self.status} ({self.reason})"


try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(type(e).__name__, e, e.args, e.field, isinstance(e, AppError), repr(e))

try:
    raise HttpError(404, reason="not found")
except AppError as e:
    print(e, e.args, e.status, repr(e))

for cls in (ValidationError, HttpError, AppError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])


class Quiet(KeyError):
    pass


try:
    {}["x"]
except KeyError as e:
    q = Quiet(*e.args)
    print(repr(q), str(q), isinstance(q, LookupError))

e = AppError("a", 2)
e.extra = [1]
print(e.args, e.extra, str(e), e.__dict__)


def fail():
    raise HttpError(500)


try:
    fail()
except HttpError as e:
    print("caught", e.status, e.__traceback__ is not None)

try:
    try:
        raise AppError("inner")
    except AppError as inner:
        raise HttpError(502) from inner
except HttpError as outer:
    print(outer, "| cause:", repr(outer.__cause__))


class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.created = True
        return self


w = WithNew("x")
print(w.created, w.args)
raise ValidationError("name", "required")
