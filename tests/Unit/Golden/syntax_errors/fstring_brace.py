# SyntaxError: invalid f-string (single closing brace)
name = "x"
print(f"value: {name}}")
