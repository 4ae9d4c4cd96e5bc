# Small ints are shared: equal values have equal ids.
x = 10
y = 10
print(x is y, id(x) == id(y))
a = 5 + 5
print(a is x)
n = int("300")
m = int("300")
print(n == m, n is m, id(n) == id(m))
