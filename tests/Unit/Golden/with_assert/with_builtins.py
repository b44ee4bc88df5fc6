# with statement protocol errors and builtin context managers
import io
class_less = 5
try:
    with class_less:
        pass
except TypeError as e:
    print(e)
try:
    with 1 as a, 2 as b:
        pass
except TypeError as e:
    print(e)
with io.StringIO() as buf:
    buf.write("hello")
    print(buf.getvalue())
print(buf.closed)
try:
    with io.StringIO() as s1, io.StringIO() as s2:
        s1.write("x")
        raise ValueError("inside with")
except ValueError as e:
    print("propagated:", e, s1.closed, s2.closed)
def leave_early():
    for i in range(3):
        with io.StringIO() as s:
            if i == 1:
                return s
print(leave_early().closed)
with io.StringIO() as s:
    s.write("data")
    {}["missing"]
