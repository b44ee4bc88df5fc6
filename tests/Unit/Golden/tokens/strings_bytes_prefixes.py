# string prefix tokens in all case combinations and adjacent literal concatenation across types of quotes
print(r'\n' R"\t", rb"\x" Rb'\y' bR"\z" BR'\w')
print(f"{1}" F'{2}' rf"{3}\n" fR'{4}\t' Rf"{5}" FR'{6}')
print("a" 'b' """c""" '''d''' "e\
f")
print(b"a" b'b' rb"\c", len(b"\x00" b"\xff"))
print("adjacent" f"{'-f'}" "-plain", "x" "" "y")
print(u"\u00e9", "\N{BLACK STAR}", "\N{DIGIT ONE}")
print('''He said "it's"''', """She said 'it\"s'""")
print(len("""
"""), len(r"""\
"""))
