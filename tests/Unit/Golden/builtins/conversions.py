# type conversion builtins between str/int/float/list/tuple/set/dict/bool/bytes and their errors
print(str(10), int("10"), float("10"), list("10"), tuple("10"), set([1, 0]), bool("0"))
print(int(3.7), int("-12"), int(" 7\n"), float("  -0.5 "), int(True), str(False), str(None))
print(list((1, 2)), tuple([1, 2]), list({1: "a", 2: "b"}), list({1: "a"}.items()), dict([(1, 2), [3, 4]]))
print(bytes([104, 105]), list(b"hi"), str(b"hi", "utf-8"), bytes("hi", "ascii"), bytearray(b"ab") + b"c")
print(int(b"42"), int(bytearray(b"17")), float(b"1.5"), int("٤٢"), float("１.５"))
print(bin(int("1010", 2)), oct(int("777", 8)), hex(int("ff", 16)), int(hex(255), 16), int(bin(5), 2))
print(round(float("2.5")), int(float("1e3")), str(int("0012")), repr(str(1.10)))
print(list(range(3)) == [0, 1, 2], tuple(range(2)), list(map(float, ["1", "2.5"])), list(map(bool, [0, 1, ""])))
for bad in [lambda: int("1e3"), lambda: int([1]), lambda: float("1,5"), lambda: list(5), lambda: dict(5), lambda: bytes("x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
