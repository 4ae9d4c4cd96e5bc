# With several bases the first in MRO order provides each attribute.
class Walker:
    legs = 2

    def move(self):
        return "walk"

class Swimmer:
    legs = 0
    fins = 2

    def move(self):
        return "swim"

    def dive(self):
        return "dive"

class Duck(Walker, Swimmer):
    pass

d = Duck()
print(d.move(), d.dive(), d.legs, d.fins)
print([k.__name__ for k in Duck.__mro__])
print(Duck.__bases__ == (Walker, Swimmer))
