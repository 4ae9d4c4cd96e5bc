# sort and sorted on ints, floats, strings; reverse.
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
print(sorted(["b", "C", "a", "B"]), sorted([2.5, -1, 3, 0.0]))
print(sorted((3, 1, 2)), sorted("hello"), sorted([]))
print(a.sort() is None)
