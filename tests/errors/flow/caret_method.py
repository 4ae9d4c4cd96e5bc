items = [3, 1, 2]
items.index(99)
