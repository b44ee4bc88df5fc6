# sys.argv with no extra arguments holds only the script name
import sys
print(sys.argv, len(sys.argv))
print(sys.argv[0].endswith(".py"), sys.argv[1:] == [])
