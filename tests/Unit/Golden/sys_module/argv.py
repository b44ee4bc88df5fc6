# sys.argv: script name and extra arguments from the .args file
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0], sys.argv[1:])
print([a.upper() for a in sys.argv[1:]])
print(sum([int(a) for a in sys.argv[1:] if a.isdigit()]))
print(type(sys.argv).__name__, all([isinstance(a, str) for a in sys.argv]))
