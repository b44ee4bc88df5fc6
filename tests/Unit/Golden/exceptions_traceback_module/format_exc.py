# format_exc / print_exc match what an uncaught exception prints
import sys
import traceback

def parse(s):
    return int(s)

def handler():
    try:
        parse("nope")
    except ValueError:
        text = traceback.format_exc()
        print(text, end="")
        print(text.count("\n"), "lines")
        traceback.print_exc(file=sys.stdout)
        traceback.print_exc(limit=1, file=sys.stdout)
        traceback.print_exc(limit=-1, file=sys.stdout)
handler()
print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)
traceback.print_exc()
