# Concatenation, repetition, comparison and membership.
a = (1, 2)
b = (3,)
print(a + b, a * 2, 2 * b, a * 0, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9))
print(a == (1, 2), a != [1, 2], 2 in a, 5 not in a)
print(((1, 2), (3, [4])), ("a",) + ("b", "c"))
