# The class body runs once, top to bottom, with its own namespace.
print("before")
class C:
    print("in body")
    x = 1
    y = x + 1
    for i in range(3):
        x = x * 2
    print("x is", x, "y is", y)
print("after")
print(C.x, C.y, C.i)
