# A subclass inherits and overrides methods.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog"

d = Dog("rex")
print(d.speak())
print(d.kind())
print(Animal("x").speak())
print(Dog.__bases__ == (Animal,), Animal.__bases__ == (object,))
print(Dog.__base__ is Animal)
