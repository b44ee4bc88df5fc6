# uncaught exception inside a loop after partial output; traceback line points into the loop body
totals = []
for i, text in enumerate(["10", "20", "thirty", "40"]):
    totals.append(int(text))
    print("added", text, "sum", sum(totals))
