# Private names (__x) are mangled inside class bodies: attributes, methods, and across subclasses.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def __audit(self):
        return f"audit {self.owner}"

    def report(self):
        return self.__audit(), self.__balance


class Savings(Account):
    def __init__(self, owner, balance):
        super().__init__(owner, balance)
        self.__balance = "shadow"

    def mine(self):
        return self.__balance


s = Savings("ann", 100)
print(s.report(), s.mine(), sorted(vars(s)))
print(s._Account__balance, s._Savings__balance, hasattr(s, "__balance"))
try:
    s.__audit()
except AttributeError as e:
    print("AttributeError:", e)
print(s._Account__audit())


class _Leading:
    def __init__(self):
        self.__x = 1


print(list(vars(_Leading())))


class Dunder:
    def __init__(self):
        self.__ok__ = "not mangled"


print(vars(Dunder()))
