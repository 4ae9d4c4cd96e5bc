def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)
calls = []
def stamp():
    calls.append(len(calls))
    return len(calls)
def f(x=stamp()):
    return x
print(f(), f(), calls)
def g(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(g(), g())
