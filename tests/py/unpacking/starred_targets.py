a, *rest = [1, 2, 3, 4]
print(a, rest)
*init, last = "hello"
print(init, last)
first, *mid, end = range(5)
print(first, mid, end)
x, *y = (1,)
print(x, y)
*z, = [7, 8]
print(z)
