# output printed to stdout and stderr before an uncaught exception keeps its order
import sys
print("line 1")
print("error line", file=sys.stderr)
print("line 2")
int("forty-two")
