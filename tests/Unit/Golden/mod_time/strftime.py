# strftime with the C locale and glibc's directives and flags.
import time
t = time.gmtime(1000000000)
for d in "aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZ%":
    print(d, repr(time.strftime("%" + d, t)))
print(time.strftime("%Y-%m-%d %H:%M:%S", t), time.strftime("%-d/%-m %_H|%0e", t), repr(time.strftime("%Q %", t)), time.strftime("", t))
for secs in [0, 1104537600, 1230681600, 1262217600, 1293753600, 1609372800, 1640908800]:
    tt = time.gmtime(secs)
    print(time.strftime("%Y-%m-%d %a %j %U %W %G %V %u %w", tt))
print(time.strftime("%Y %d %j", (2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("%Y", (999, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%a %A", (2024, 1, 1, 0, 0, 0, 6, 1, 0)), time.strftime("%I %p", (2024, 1, 1, 12, 0, 0, 0, 1, 0)), time.strftime("%I %p", (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
bad = [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
       (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -3, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1, 1, 0, 0, 0)]
for b in bad:
    try:
        print(time.strftime("%Y", b))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for f in [lambda: time.strftime(1), lambda: time.strftime("%Y", "x"), lambda: time.strftime()]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
