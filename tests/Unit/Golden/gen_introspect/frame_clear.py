# frame.clear() on generator frames (closes a paused generator, running ones refuse), on finished
# frames (locals dropped), traceback.clear_frames.
import sys, traceback

def g():
    a = 1
    yield a
    b = 2
    yield b

gen = g()
next(gen)
f = gen.gi_frame
f.clear()
print(gen.gi_frame, gen.gi_suspended, list(gen))

gen = g()
next(gen)
f = gen.gi_frame
list(gen)
print(f.f_locals)
f.clear()
print(f.f_locals)

def f1():
    fr = sys._getframe()
    try:
        fr.clear()
    except RuntimeError as e:
        print("RuntimeError:", e)
    x = 5
    return fr
fr = f1()
print(sorted(fr.f_locals))
fr.clear()
print(fr.f_locals)
try:
    fr.clear(1)
except TypeError as e:
    print(e)

def guarded():
    try:
        yield 1
    finally:
        print("finally via clear")
gen = guarded()
next(gen)
gen.gi_frame.clear()
print(gen.gi_frame, gen.gi_suspended)

def failing():
    yield 1
    1 / 0
gen = failing()
next(gen)
try:
    next(gen)
except ZeroDivisionError as e:
    tb = e.__traceback__
    # the module frame is running: skipped; the finished generator's frame is cleared
    traceback.clear_frames(tb)
    print("cleared", tb.tb_next.tb_frame.f_locals, tb.tb_frame.f_code.co_name)
