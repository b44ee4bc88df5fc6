# Threads started with _thread (not threading) appear as _DummyThread objects: daemonic, alive, unjoinable.
import threading, _thread

info = {}
done = threading.Event()
def raw():
    cur = threading.current_thread()
    info["type"] = type(cur).__name__
    info["name_prefix"] = cur.name.split("-")[0]
    info["daemon"] = cur.daemon
    info["alive"] = cur.is_alive()
    info["same_again"] = threading.current_thread() is cur
    info["in_enumerate"] = cur in threading.enumerate()
    info["ident_ok"] = cur.ident == _thread.get_ident()
    done.set()

_thread.start_new_thread(raw, ())
done.wait()
for k in sorted(info):
    print(k, info[k])
