# raise ... from ...: "The above exception was the direct cause" with both tracebacks
def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError as exc:
        raise RuntimeError(f"cannot load {text!r}") from exc

print(load("12"))
load("twelve")
