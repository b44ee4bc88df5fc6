# The delegate is running while the delegating generator is; re-entry is refused at both levels.
def inner():
    yield outer_gen.gi_running, inner_gen_ref[0].gi_running
    try:
        next(outer_gen)
    except ValueError as e:
        yield "ValueError: %s" % e

inner_gen_ref = []
def outer():
    g = inner()
    inner_gen_ref.append(g)
    yield from g

outer_gen = outer()
print(next(outer_gen))
print(next(outer_gen))
print(outer_gen.gi_running, inner_gen_ref[0].gi_running, inner_gen_ref[0].gi_suspended)
