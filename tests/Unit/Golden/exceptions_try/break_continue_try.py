# break and continue leaving try blocks run the finally clauses on the way out
def loop(n):
    out = []
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i == 7:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out
print(loop(10))

def while_loop():
    i = 0
    trace = []
    while True:
        i += 1
        try:
            try:
                if i == 2:
                    continue
                if i == 4:
                    break
                trace.append(("body", i))
            finally:
                trace.append(("inner", i))
        finally:
            trace.append(("outer", i))
    return trace
for t in while_loop():
    print(t)

def except_continue():
    hits = []
    for x in [1, 0, 2, 0, 3]:
        try:
            hits.append(10 // x)
        except ZeroDivisionError:
            hits.append("div0")
            continue
        else:
            hits.append("ok")
    return hits
print(except_continue())

def return_from_loop_in_try():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("finally", i)
print(return_from_loop_in_try())
