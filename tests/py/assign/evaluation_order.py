# The right side is evaluated before the targets, targets left to right.
def show(v):
    print("eval", v)
    return v
a = [0, 0]
a[show(0)], a[show(1)] = show("x"), show("y")
print(a)
