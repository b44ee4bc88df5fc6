# Generator expressions support send/throw/close like generator functions.
g = (x for x in range(5))
print(g.send(None))
try:
    g.send(1)
    print("send ignored by genexp, got next")
except Exception as e:
    print(type(e).__name__)
print(list(g))

g = (x for x in range(5))
print(next(g))
try:
    g.throw(ValueError("into genexp"))
except ValueError as e:
    print("propagated", e)
print(list(g))

g = (x for x in range(5))
next(g)
g.close()
print(list(g), g.gi_frame)
print(g.gi_code.co_name)
