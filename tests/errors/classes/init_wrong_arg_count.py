# Calling a class with the wrong number of arguments.
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

p = Pair(1)
