# realistic generator programs: a tokenizer, a round-robin scheduler with send, a lazy sieve, a
# line-oriented parser state machine, and a generator-based tree diff.
import re
from collections import deque, namedtuple

Token = namedtuple("Token", "kind text pos")
SPEC = [("NUM", r"\d+(?:\.\d+)?"), ("ID", r"[A-Za-z_]\w*"), ("OP", r"[-+*/()=]"), ("WS", r"\s+"), ("BAD", r".")]
MASTER = re.compile("|".join(f"(?P<{k}>{p})" for k, p in SPEC))
def tokenize(text):
    for m in MASTER.finditer(text):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise SyntaxError(f"bad char {m.group()!r} at {m.start()}")
        yield Token(kind, m.group(), m.start())
print(list(tokenize("x = 3.5 * (y + 42)")))
try:
    list(tokenize("a $ b"))
except SyntaxError as e:
    print(e)

def parse_expr(tokens):
    toks = deque(tokens)
    def peek():
        return toks[0].text if toks else None
    def atom():
        t = toks.popleft()
        if t.text == "(":
            v = expr()
            toks.popleft()
            return v
        return float(t.text) if t.kind == "NUM" else {"y": 2.0, "x": 1.0}[t.text]
    def term():
        v = atom()
        while peek() in ("*", "/"):
            op = toks.popleft().text
            v = v * atom() if op == "*" else v / atom()
        return v
    def expr():
        v = term()
        while peek() in ("+", "-"):
            op = toks.popleft().text
            v = v + term() if op == "+" else v - term()
        return v
    return expr()
print(parse_expr(tokenize("3.5 * (y + 42) - x / 4")))

# round-robin scheduler
class Task:
    ids = 0
    def __init__(self, gen):
        Task.ids += 1
        self.id = Task.ids
        self.gen = gen
        self.send_val = None
class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.log = []
    def spawn(self, gen):
        t = Task(gen)
        self.ready.append(t)
        return t.id
    def run(self):
        while self.ready:
            t = self.ready.popleft()
            try:
                req = t.gen.send(t.send_val)
            except StopIteration as e:
                self.log.append((t.id, "exit", e.value))
                continue
            if req == "getid":
                t.send_val = t.id
            elif isinstance(req, tuple) and req[0] == "spawn":
                t.send_val = self.spawn(req[1])
            else:
                t.send_val = None
            self.ready.append(t)
def worker(n):
    me = yield "getid"
    total = 0
    for i in range(n):
        total += i * me
        yield
    return total
def parent():
    me = yield "getid"
    kids = []
    for n in (2, 3):
        kids.append((yield ("spawn", worker(n))))
    return kids
s = Scheduler()
s.spawn(parent())
s.spawn(worker(4))
s.run()
print(s.log)

# lazy sieve
def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(p + n, []).append(p)
        n += 1
from itertools import islice, takewhile
print(list(islice(primes(), 15)), sum(takewhile(lambda p: p < 1000, primes())))

# a line-based state machine written as a coroutine
def ini_parser(out):
    section = None
    while True:
        line = (yield).strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = out.setdefault(line[1:-1], {})
        elif "=" in line:
            k, _, v = line.partition("=")
            (section if section is not None else out.setdefault("", {}))[k.strip()] = v.strip()
        else:
            raise ValueError(f"bad line {line!r}")
cfg = {}
p = ini_parser(cfg)
next(p)
for line in """
top = 1
[server]
host = example
port=80
# comment
[client]
retries = 3
""".splitlines():
    p.send(line)
print(cfg)
try:
    p.send("garbage")
except ValueError as e:
    print(e, p.gi_frame)

# tree diff
def diff(a, b, path=""):
    for k in sorted(set(a) | set(b)):
        p2 = f"{path}/{k}"
        if k not in a:
            yield "+", p2
        elif k not in b:
            yield "-", p2
        elif isinstance(a[k], dict) and isinstance(b[k], dict):
            yield from diff(a[k], b[k], p2)
        elif a[k] != b[k]:
            yield "~", p2
print(list(diff({"a": 1, "b": {"c": 2, "d": 3}, "e": 5}, {"a": 1, "b": {"c": 4, "f": 6}, "g": 7})))
