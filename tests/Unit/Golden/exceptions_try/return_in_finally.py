# return/break/continue inside finally override what the try block was doing
def ret_overrides_return():
    try:
        return "try"
    finally:
        return "finally"

def ret_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def finally_sees_value():
    log = []
    def inner():
        try:
            log.append("try")
            return len(log)
        finally:
            log.append("finally")
    r = inner()
    return r, log

def break_in_finally():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return i

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("skipped")
            seen.append(i)
        finally:
            continue
    return seen

print(ret_overrides_return())
print(ret_swallows_exception())
print(finally_sees_value())
print(break_in_finally())
print(continue_in_finally())

def nested():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())

def finally_raises():
    try:
        return "never"
    finally:
        raise TypeError("from finally")
finally_raises()
