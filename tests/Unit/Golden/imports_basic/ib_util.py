"""Helper module for the import goldens."""
GREETING = "hello"
_private = "hidden"


def shout(text):
    return text.upper() + "!"


def Point(x, y):
    return ("Point", x, y)


print("ib_util runs as", __name__)
