# A round-robin task scheduler built on generators.
class Scheduler:
    def __init__(self):
        self.ready = []
        self.log = []

    def spawn(self, task):
        self.ready.append(task)

    def run(self):
        while self.ready:
            task = self.ready.pop(0)
            try:
                request = next(task)
            except StopIteration as e:
                self.log.append(("finished", e.value))
                continue
            if request is not None:
                self.log.append(request)
            self.ready.append(task)

def worker(name, n):
    for i in range(n):
        yield (name, i)
    return name + " done"

def spawner(sched):
    yield ("spawner", "start")
    sched.spawn(worker("late", 2))
    yield ("spawner", "spawned")

s = Scheduler()
s.spawn(worker("a", 3))
s.spawn(worker("b", 2))
s.spawn(spawner(s))
s.run()
for entry in s.log:
    print(entry)

# a pipeline driven by send()
def printer():
    while True:
        line = yield
        print("printer:", line)

def upper(target):
    while True:
        line = yield
        target.send(line.upper())

def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

p = printer(); next(p)
u = upper(p); next(u)
gr = grep("py", u); next(gr)
for line in ["python", "ruby", "pypy", "go"]:
    gr.send(line)
