# uncaught RecursionError: repeated traceback lines are collapsed ("[Previous line repeated N more times]")
def down(n):
    return down(n + 1)
down(0)
