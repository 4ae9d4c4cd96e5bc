# An AttributeError on None returned by a function.
def find(items, target):
    for x in items:
        if x == target:
            return x

found = find(["a", "b"], "c")
print(found.upper())
