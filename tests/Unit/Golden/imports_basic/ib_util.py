"""Helper module for the import goldens."""
GREETING = "hello"
_private = "hidden"


def shout(text):
    return text.upper() + "!"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


print("ib_util runs as", __name__)
