# Default values are evaluated once, so a mutable default accumulates.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
counter = 10
def show(value=counter):
    return value
counter = 20
print(show())
