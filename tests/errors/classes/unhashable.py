# An instance of a class with __eq__ but no __hash__ as a dict key.
class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x

seen = {Point(1): True}
