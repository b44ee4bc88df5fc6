# sys.exit with an integer status: output before it is kept, code after is not run
import sys
print("about to exit")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit, code", e.code)
print("still running")
sys.exit(3)
print("not reached")
