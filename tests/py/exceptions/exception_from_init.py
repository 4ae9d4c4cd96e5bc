# An exception raised in __init__ propagates and no object is bound.
class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative: " + str(v))
        self.v = v

s = None
try:
    s = Strict(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(s)
print(Strict(3).v)
