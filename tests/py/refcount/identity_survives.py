# id is stable for the lifetime of an object.
a = [1]
first = id(a)
a.append(2)
a.extend(range(100))
print(id(a) == first)
b = a
print(id(b) == id(a))
