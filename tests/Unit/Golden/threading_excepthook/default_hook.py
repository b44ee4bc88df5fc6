# The default threading.excepthook: "Exception in thread NAME:" then the traceback on sys.stderr.
# The traceback's frames inside threading.py differ between implementations, so only the first line,
# the frames of this script and the last line are printed.
import io, sys, threading

def report(text):
    lines = text.splitlines()
    print(lines[0])
    print(lines[1])
    for i, line in enumerate(lines):
        if line.strip().startswith('File "default_hook.py"') or 'default_hook.py"' in line:
            print(line.strip().replace(line.strip().split('"')[1], "default_hook.py"))
            print("   ", lines[i + 1].strip())
    print(lines[-1])

def fails():
    raise ValueError("bad value")

buf = io.StringIO()
old, sys.stderr = sys.stderr, buf
t = threading.Thread(target=fails, name="failing")
t.start(); t.join()
sys.stderr = old
report(buf.getvalue())

# the thread ended; the program goes on
print("alive:", t.is_alive())

# a subclass's run() raising, with a chained exception
class Chained(threading.Thread):
    def run(self):
        try:
            {}["missing"]
        except KeyError as e:
            raise RuntimeError("wrapped") from e

buf = io.StringIO()
sys.stderr = buf
c = Chained(name="chained")
c.start(); c.join()
sys.stderr = old
text = buf.getvalue()
print(text.splitlines()[0])
print("KeyError: 'missing'" in text, "direct cause" in text)
print(text.splitlines()[-1])
print(threading.excepthook is threading.__excepthook__)
