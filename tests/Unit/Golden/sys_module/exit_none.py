# sys.exit() and sys.exit(None) mean success; finally blocks run during exit
import sys
def f():
    try:
        sys.exit()
    finally:
        print("finally during exit")
try:
    f()
except SystemExit as e:
    print("code is", e.code)
try:
    sys.exit(0)
finally:
    print("outer finally")
