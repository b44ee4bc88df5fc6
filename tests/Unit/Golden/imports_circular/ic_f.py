import ic_e
def f_func():
    return "f"
def back():
    return ic_e.e_func()
