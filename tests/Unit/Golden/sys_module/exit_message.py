# sys.exit with a string message: message printed to stderr, exit status 1
import sys
print("before exit")
sys.exit("fatal: something went wrong")
