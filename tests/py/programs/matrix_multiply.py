# Multiply matrices stored as lists of lists.
def zeros(rows, cols):
    m = []
    for i in range(rows):
        m.append([0] * cols)
    return m

def multiply(a, b):
    n, k, p = len(a), len(b), len(b[0])
    if len(a[0]) != k:
        raise ValueError("shape mismatch")
    c = zeros(n, p)
    for i in range(n):
        for j in range(p):
            total = 0
            for t in range(k):
                total += a[i][t] * b[t][j]
            c[i][j] = total
    return c

def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
for row in multiply(a, b):
    print(row)
print(multiply(a, identity(3)) == a)
fibm = [[1, 1], [1, 0]]
power = identity(2)
for i in range(90):
    power = multiply(power, fibm)
print(power[0][1])
try:
    multiply(a, a)
except ValueError as e:
    print(type(e).__name__, e)
