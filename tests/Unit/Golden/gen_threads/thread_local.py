# a generator reading threading.local and the current thread sees the resuming thread's values.
import threading

data = threading.local()
data.name = "main-value"

def reader():
    while True:
        yield getattr(data, "name", "<unset>"), threading.current_thread().name

r = reader()
print(next(r))
got = []
def run(value):
    if value is not None:
        data.name = value
    got.append(next(r))
for name, value in (("A", "a-value"), ("B", None)):
    t = threading.Thread(target=run, args=(value,), name=name)
    t.start()
    t.join()
print(got)
print(next(r))

# threading.get_ident inside the generator changes with the resumer, the generator does not care
def ident():
    while True:
        yield threading.get_ident()
i = ident()
main_ident = next(i)
other = []
t = threading.Thread(target=lambda: other.append(next(i)))
t.start()
t.join()
print(main_ident == threading.get_ident(), other[0] != main_ident, other[0] == t.ident)
