import functools


def deco(f):
    return f


@deco
@functools.lru_cache(maxsize=32)
def cached(n: int) -> int:
    return n


@deco
class K:
    pass


assert cached(1) == 1, "message"
