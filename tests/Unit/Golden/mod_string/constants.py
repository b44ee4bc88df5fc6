# The string module's character-class constants.
import string
for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation", "printable", "whitespace"]:
    v = getattr(string, name)
    print(name, repr(v), len(v))
print(all([c in string.printable for c in string.ascii_letters + string.digits + string.punctuation]))
print([c for c in "a1-B2_c" if c in string.ascii_letters], [c for c in "Fx9g" if c in string.hexdigits])
