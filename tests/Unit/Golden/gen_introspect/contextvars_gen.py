# contextvars and generators (3.11 has no per-generator context): values set inside a generator
# are the caller's, and a generator resumed under Context.run sees that context.
import contextvars
var = contextvars.ContextVar("var", default="unset")
def g():
    print("gen sees", var.get())
    var.set("set in gen")
    yield
    print("gen sees after resume", var.get())
    yield
x = g()
next(x)
print("caller sees", var.get())
var.set("caller set")
next(x)
ctx = contextvars.copy_context()
def in_ctx():
    var.set("inside ctx")
    return next(y, "done")
def gy():
    yield var.get()
y = gy()
print(ctx.run(in_ctx), var.get(), ctx[var])
# a generator resumed in different contexts sees each context's value
def reader():
    while True:
        yield var.get()
r = reader()
c1 = contextvars.copy_context()
var.set("changed")
c2 = contextvars.copy_context()
print(c1.run(next, r), c2.run(next, r), next(r))
tok = var.set("tmp")
var.reset(tok)
print(var.get())
