# a three-exception chain mixing cause and context
def level1():
    raise KeyError("level1")

def level2():
    try:
        level1()
    except KeyError as e:
        raise ValueError("level2") from e

def level3():
    try:
        level2()
    except ValueError:
        raise TypeError("level3")

try:
    level3()
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))
level3()
