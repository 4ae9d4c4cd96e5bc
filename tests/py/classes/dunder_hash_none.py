# __hash__ = None marks a class unhashable explicitly.
class NoHash:
    __hash__ = None

try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return "x"

try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100

print(hash(BigHash()) == hash(2 ** 100))
