# x if cond else y; it nests to the right and binds loosely.
for n in range(-1, 2):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
print(1 + 2 if False else 3 + 4)
print((1 if True else 2) + 10)
x = [] if 0 else [1]
print(x)
