def m(cmd):
    match cmd:
        case [x, y, *rest]:
            return x
        case {"a": 1, **kw}:
            return kw
        case Point(x=0, y=yy) | Point(1, yy):
            return yy
        case str() as s if s:
            return s
        case 1 | 2 | -3:
            pass
        case None:
            pass
        case _:
            return 0
