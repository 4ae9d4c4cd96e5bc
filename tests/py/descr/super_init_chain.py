# super().__init__ through three levels, each adding its own state.
class Animal:
    def __init__(self, name):
        print("Animal.__init__", name)
        self.name = name

class Mammal(Animal):
    def __init__(self, name, legs):
        print("Mammal.__init__", legs)
        super().__init__(name)
        self.legs = legs

class Dog(Mammal):
    def __init__(self, name):
        print("Dog.__init__")
        super().__init__(name, 4)
        self.sound = "woof"

d = Dog("rex")
print(d.name, d.legs, d.sound)
