# NameError and UnboundLocalError messages, with the name attribute
def uses_later():
    print(value)
    value = 1

def deleted():
    x = 1
    del x
    return x

def free():
    def inner():
        return captured
    inner_result = inner()
    captured = 2
    return inner_result

for fn in [uses_later, deleted, free]:
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, e, e.name if type(e) is NameError else "")
try:
    undefined_thing
except NameError as e:
    print(e, repr(e.name))
try:
    del never_defined
except NameError as e:
    print(e)
counter = 0
def increment():
    counter += 1
increment()
