a, *b = "xyz"
print(type(b).__name__, b)
a, *b = (1, 2)
print(type(b).__name__, b)
a, *b = {"k": 1}.items()
print(a, b)
it = iter(range(4))
first, *others = it
print(first, others)
def g():
    yield 1
    yield 2
p, q = g()
print(p, q)
