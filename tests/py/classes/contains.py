# `in` calls __contains__, else iterates.
class Evens:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0

e = Evens()
print(4 in e, 3 in e, 3 not in e)
class Iter:
    def __iter__(self):
        return iter([1, 2, 3])

print(2 in Iter(), 5 in Iter())
class Truthy:
    def __contains__(self, x):
        return "yes"

print(1 in Truthy())
class Nothing:
    pass

try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
