# traceback from errors inside nested builtin calls, subscripts of calls, and method chains
def build():
    return {"items": [1, 2]}
def use():
    return build()["items"][5]
print(build())
use()
