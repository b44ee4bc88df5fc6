# Subclasses of functools.partial.
from functools import partial

class Tagged(partial):
    def describe(self):
        return f"{self.func.__name__} with {self.args} {self.keywords}"

p = Tagged(max, 1, key=abs)
print(p(-5, 3), p.describe(), isinstance(p, partial), type(p).__name__)
q = partial(p, 10)
print(q(-20), q.func is max, q.args)
