# String literal forms: quotes, triple quotes, raw, escapes, concatenation
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab\there", "nl\\n", "bell\x07".isprintable())
print(r"raw\n\t", R'raw\\', r"\"")
print("\x41\u0042\U00000043\103\N{LATIN SMALL LETTER A}")
print(len("\0"), len("\777"), ord("\777"))
print("""line1
line2\
 continued""")
print("a" "b" 'c' """d""")
print(repr('\n\t\r\\'), repr("'"), repr('"'), repr("'\""))
print(repr("\x00\x1f\x7f\x80\xff"), repr("\u20ac"), repr("\U0001F600"))
print(repr(r"\d+"), len(r"\d+"))
print(b"bytes" + rb"raw\n", Br"x")
print(u"unicode prefix", U"ok")
