# del unbinds names; using them afterwards is a NameError.
x = 1
y = [x]
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
print(y)
a = b = 2
del a, b
try:
    del a
except NameError as e:
    print(type(e).__name__, e)
