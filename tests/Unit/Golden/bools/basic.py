# bool: arithmetic, truthiness of builtin values, and/or/not return values, bool() of objects
print(True + True, True * 3, True / 2, True // 2, -False, True ** 2, 5 - True)
print(True and 3, 0 and 1, 0 or "x", "" or [] or None, [] or 0, 1 or 2, None and 1)
print(not 0, not 1, not [], not [0], not "", not "0", not None)
vals = [0, 1, -1, 0.0, -0.0, 0j, "", " ", [], [0], (), ((),), {}, {0: 0}, set(), range(0), range(1), None, ...]
print([bool(v) for v in vals])
print(isinstance(True, int), issubclass(bool, int), type(True) is bool, bool.__name__)
print(True == 1, False == 0, {True: "a", 1: "b"})
print(str(True), repr(False), f"{True}", int(True), float(True), complex(True))
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True + True).__name__)
print(sum([True, True, False, True]), max(False, True), sorted([True, False, True]))
print(bool(), bool(0.1), bool("False"), bool(b""), bool(bytearray(1)))
print(3 > 2 > 1, (3 > 2) > 1, 1 < 2 == 2, 1 < 2 == 3)
