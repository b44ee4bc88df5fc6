# SyntaxError: unterminated string literal
print("ok")
s = "unterminated
