__all__ = ["alpha", "gamma"]
alpha = 1
beta = 2
gamma = 3
_delta = 4
