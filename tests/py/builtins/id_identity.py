a = []
b = a
print(id(a) == id(b), id(a) == id([]), type(id(a)))
x = 1000
print(id(x) == id(x))
