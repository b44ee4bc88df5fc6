# traceback through several function levels with carets under calls and subscripts
def level3(data):
    return data["missing"]
def level2(data):
    value = level3(data) + 1
    return value
def level1():
    info = {"present": 1}
    return level2(info)
print("start")
level1()
