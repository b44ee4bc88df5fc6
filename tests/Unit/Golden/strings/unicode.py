# Unicode strings: non-BMP characters, lengths, comparisons, repr of non-printables
s = "a€😀"
print(len(s), s[2], ord(s[2]), s[::-1])
print(repr(s), ascii(s))
print("é" == "\u00e9", "e\u0301" == "é", len("e\u0301"))
print(repr("\u200b"), repr("\u00a0"), repr("\ud800"))
print("ǅ".upper(), "ǅ".lower(), "ǅ".istitle())
print("Σ".lower(), "ΑΣ".lower(), "ß".upper())
print(sorted(["b", "a", "é", "Z", "ä"]))
print("日本".encode("utf-8"), len("日本".encode("utf-8")))
print(b"\xe6\x97\xa5".decode("utf-8"))
print("𝔘𝔫𝔦".isalpha(), "٣".isdigit(), int("٣"), int("１２"))
print(chr(0x10FFFF) == "\U0010ffff", max("a😀b") == "😀")
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
