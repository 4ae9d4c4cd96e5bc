a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *"xy"))
print({*a, *b, 1})
print([*range(3), *{}, *[]])
t = *a, 9
print(t)
print(type(t).__name__)
