# len() calls __len__ and checks the result.
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

print(len(Sized(3)))
for bad in [-1, "x"]:
    try:
        len(Sized(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class NoLen:
    pass

try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
