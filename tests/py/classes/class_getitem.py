# __class_getitem__ makes subscripting the class itself work.
class Box:
    def __class_getitem__(cls, item):
        return cls.__name__ + "[" + item.__name__ + "]"

print(Box[int])
print(Box[str])
