# __class__ assignment between compatible classes, and the errors CPython gives otherwise.
class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


pet = Cat()
pet.name = "rex"
print(pet.speak(), type(pet).__name__)
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, pet.name, isinstance(pet, Dog), isinstance(pet, Cat))
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
try:
    pet.__class__ = 5
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("a",)


try:
    pet.__class__ = Slotted
except TypeError as e:
    print("TypeError:", e)


class L1(list):
    pass


class L2(list):
    def total(self):
        return sum(self)


x = L1([1, 2])
x.__class__ = L2
print(x.total(), type(x).__name__)
