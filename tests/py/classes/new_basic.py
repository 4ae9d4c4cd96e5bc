# __new__ creates the instance, __init__ fills it in.
class Tracked:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        obj = super().__new__(cls)
        obj.created = True
        return obj

    def __init__(self, a, b):
        print("init", a, b)
        self.a = a
        self.b = b

t = Tracked(1, 2)
print(t.created, t.a, t.b)
