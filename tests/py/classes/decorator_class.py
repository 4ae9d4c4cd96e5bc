# Class decorators receive and may replace the class.
registry = {}

def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls

def add_repr(cls):
    def __repr__(self):
        return cls.__name__ + str(self.__dict__)
    cls.__repr__ = __repr__
    return cls

@register
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(Point(1, 2))
print(registry["Point"] is Point, Point.registered)
