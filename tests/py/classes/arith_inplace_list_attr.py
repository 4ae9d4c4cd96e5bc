# Augmented assignment on attributes and items calls the dunders once.
class Holder:
    def __init__(self):
        self.data = [1]

    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        print("set", name)
        object.__setattr__(self, name, value)

h = Holder()
h.data += [2]
print(object.__getattribute__(h, "data"))
