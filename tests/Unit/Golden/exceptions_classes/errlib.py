# helper module for module_error.py (not a golden: no .out)
class LibError(Exception):
    pass


def fail(detail):
    raise LibError(f"library failure: {detail}")
