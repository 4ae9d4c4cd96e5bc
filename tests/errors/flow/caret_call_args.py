def f(a, b, c):
    return a // c

result = f(1, 2, 0) + 5
