counter = 0


def bump():
    global counter
    counter += 1
    return counter


def scopes():
    x = 1

    def a():
        def b():
            return x
        return b
    return a


class Outer:
    y = 2

    def m(self):
        return y
