# Subclasses of collections.deque keep deque behaviour and add their own.
from _collections import deque

class Stack(deque):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, deque), type(s).__name__, s.maxlen)
s.label = "mine"
print(s.label, s.pop(), list(s))

class Window(deque):
    def __init__(self, size):
        super().__init__(maxlen=size)
        self.size = size
    def __repr__(self):
        return f"Window({list(self)}, size={self.size})"

w = Window(3)
for i in range(5):
    w.append(i)
print(w, w.maxlen, sum(w), 3 in w, w == deque([2, 3, 4]))
b = Stack("abc", 2)
print(b, b.maxlen)
