class Base:
    pass


class C(Base, metaclass=type):
    """A class."""
    attr: int = 3

    def __init__(self, v):
        self.__v = v
        super().__init__()

    def get(self):
        return self.__v

    @property
    def cls(self):
        return __class__

    @staticmethod
    def s(x):
        return x
