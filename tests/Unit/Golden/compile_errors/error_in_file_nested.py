# a compile-time error deep inside nested functions still rejects the whole file before it runs
print("not printed")


def outer():
    def middle():
        def inner():
            x = 1
            def innermost():
                nonlocal y
            return innermost
        return inner
    return middle
