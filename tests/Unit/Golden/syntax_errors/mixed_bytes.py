# SyntaxError: cannot mix bytes and nonbytes literals in implicit concatenation
print("never printed")
x = b"bytes" "text"
