# Single and multiple inheritance, super(), MRO, isinstance/issubclass.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def kind(self):
        return "dog/" + super().kind()


class Puppy(Dog):
    def kind(self):
        return "puppy/" + super(Puppy, self).kind()


d = Puppy("rex", "lab")
print(d.speak(), d.kind(), d.breed)
print([c.__name__ for c in Puppy.__mro__])
print(isinstance(d, Animal), isinstance(d, (int, Dog)), isinstance(d, (int, (str, Animal))))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (int, Animal)))
print(issubclass(bool, int), isinstance(True, int), issubclass(Puppy, object))


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who(), [k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C), D.__base__ is B)
try:
    class E(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class F(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class G(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(sorted([c.__name__ for c in A.__subclasses__()]))
s = super(B, D())
print(s.who())
