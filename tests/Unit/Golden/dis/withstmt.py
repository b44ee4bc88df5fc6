def read(path):
    with open(path) as f, open(path + ".bak") as g:
        return f.read() + g.read()


def lock(l):
    with l:
        pass
