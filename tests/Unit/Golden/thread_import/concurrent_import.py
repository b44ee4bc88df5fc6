# Two threads import the same module while its body is still running: the second waits for the
# first to finish instead of seeing a half-initialised module.
import threading, time

results = []
def importer():
    import slowmod
    results.append(slowmod.VALUE)

t = threading.Thread(target=importer)
t.start()
time.sleep(0.05)
importer()
t.join()
print(results)

# A circular import inside one thread still sees the partial module.
import circ_a
print(circ_a.done, circ_a.seen_partial)
