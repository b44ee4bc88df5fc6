# nested f-strings and complex expressions inside replacement fields
width = 10
prec = 3
val = 2.718281828
print(f"{val:{width}.{prec}f}|")
print(f"{f'{val:.2f}':>{width}}|")
names = ["a", "bb", "ccc"]
print(f"{', '.join([f'<{n}>' for n in names])}")
print(f"{len(names)} items: {names[0]!r}..{names[-1]!r}")
d = {"x": {"y": [10, 20]}}
print(f"{d['x']['y'][1] * 2}")
print(f"{'yes' if val > 2 else 'no'} {val > 2 and 'and-yes'}")
print(f"{3 + 4 = }", f"{'abc'.upper() = }", f"{val:.{prec + 1}f}")
print(f"{'{'}{'}'}", f"{'q'!r}")
print(f"{[f'{i}:{i * i}' for i in range(4)]}")
print(f"{dict(a=1)}", f"{ {'b': 2} }", f"{ {1, 2} }")
print(f"{'%.2f' % val} {'{:.1f}'.format(val)} {format(val, '.0f')}")
print(f"{-val:+.2f} {val:e} {int(val):03d} {val!s:.4}")
