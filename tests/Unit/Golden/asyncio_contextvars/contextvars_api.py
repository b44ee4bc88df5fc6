# The contextvars module: ContextVar get/set/reset, Token, Context as a mapping and Context.run.
import contextvars

v = contextvars.ContextVar('v')
d = contextvars.ContextVar('d', default=10)
print(v.name, d.name, d.get(), d.get(5), v.get('fallback'))
try:
    v.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__)

t1 = v.set(1)
print(t1.var is v, t1.old_value is contextvars.Token.MISSING, contextvars.Token.MISSING)
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError:
    print('RuntimeError: token used twice')
try:
    d.reset(t1)
except ValueError:
    print('ValueError: token of another variable')
v.reset(t1)
print(v.get(None))

ctx = contextvars.copy_context()
print(type(ctx).__name__, v in ctx, len(ctx) >= 0)


def inside(x):
    v.set(x)
    d.set(x * 2)
    return v.get(), d.get()

print(ctx.run(inside, 3))
print(v.get('outside unchanged'), d.get())
print(ctx[v], ctx.get(d), ctx.get(contextvars.ContextVar('other'), 'dflt'), v in ctx)
print(sorted(var.name for var in ctx), sorted(ctx.values()))
print(sorted((k.name, val) for k, val in ctx.items()))
try:
    ctx.run(ctx.run, print, 'nested')
except RuntimeError:
    print('RuntimeError: context already entered')
try:
    ctx['not a var']
except TypeError as e:
    print('TypeError:', e)

empty = contextvars.Context()
print(len(empty), empty.run(lambda: v.get('empty context')))

ctx2 = ctx.copy()
print(ctx2 == ctx, ctx2 is ctx)
ctx2.run(v.set, 99)
print(ctx[v], ctx2[v], ctx2 == ctx)

try:
    ctx.run(v.reset, contextvars.copy_context().run(v.set, 5))
except ValueError:
    print('ValueError: token from another context')
try:
    contextvars.ContextVar(42)
except TypeError as e:
    print('TypeError:', e)
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as e:
    print('TypeError:', e)
print(contextvars.ContextVar[int])

import threading
out = []
v.set('main thread')
th = threading.Thread(target=lambda: out.append(v.get('fresh context in thread')))
th.start()
th.join()
print(out, v.get())
