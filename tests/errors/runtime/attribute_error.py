# An AttributeError on a method name.
items = [3, 1, 2]
items.push(4)
