# chained traceback: exception raised while handling another ("During handling ... another exception")
def parse(text):
    try:
        return int(text)
    except ValueError:
        return fallback[text]
print("parsing")
parse("abc")
