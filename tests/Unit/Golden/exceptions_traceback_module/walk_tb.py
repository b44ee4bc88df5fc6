# walk_tb, extract_tb and tb attributes follow the real frames
import traceback

def level3():
    raise RuntimeError("deep")

def level2():
    level3()

def level1():
    level2()

try:
    level1()
except RuntimeError as e:
    tb = e.__traceback__
    for frame, lineno in traceback.walk_tb(tb):
        print(frame.f_code.co_name, lineno, frame.f_lineno)
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(tb)])
    print([f.name for f in traceback.extract_tb(tb, limit=2)])
    print([f.name for f in traceback.extract_tb(tb, limit=-2)])
    print(traceback.format_tb(tb)[-1], end="")
    t = tb
    while t.tb_next:
        t = t.tb_next
    print(t.tb_frame.f_code.co_name, t.tb_lineno, t.tb_lasti > 0, t.tb_frame.f_back.f_code.co_name)
    e2 = ValueError("other").with_traceback(tb)
    print(e2.__traceback__ is tb)
    traceback.print_tb(tb, limit=1)
    raise e2
