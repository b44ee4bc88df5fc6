import ic_f
def e_func():
    return "e+" + ic_f.f_func()
