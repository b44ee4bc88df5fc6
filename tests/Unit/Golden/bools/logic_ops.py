# boolean operators: short-circuit evaluation with side effects, return values, not precedence, any/all style
log = []
def t(v):
    log.append(v)
    return v
r = t(0) or t("") or t([]) or t("last")
print(r, log)
log.clear()
r = t(1) and t("x") and t(0) and t("never")
print(r, log)
log.clear()
r = t(None) and t("skipped")
print(r, log)
print(not 1 + 1 == 3, not (1 and 0), (not 1) and 0, not not "x")
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, (1 or 2) and 3)
x = 5
print(x > 0 and x < 10, 0 < x < 10 and x != 5, x == 5 or 1 / 0)
print([] or {} or () or "fallback", [0] and "list with zero is truthy")
print(True + (not False), sum([x > 2 for x in [1, 2, 3, 4]]), [1, 2][bool("x")])
print(bool(0) is False, (not []) is True, type(not 1).__name__, type(1 and 2).__name__)
