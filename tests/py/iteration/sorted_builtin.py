print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1), reverse=True))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted({3: "c", 1: "a"}))
print(sorted(x * x for x in range(-3, 3)))
recs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(recs, key=lambda r: r[1]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
