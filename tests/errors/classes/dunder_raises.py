# An exception raised inside a dunder called by an operator.
class Vec:
    def __init__(self, xs):
        self.xs = xs

    def __add__(self, other):
        if len(self.xs) != len(other.xs):
            raise ValueError("length mismatch")
        return Vec([a + b for a, b in zip(self.xs, other.xs)])

v = Vec([1, 2]) + Vec([1, 2, 3])
