# Assignment inside a function makes the name local.
x = "global"
def f():
    x = "local"
    return x
def g():
    return x
print(f(), g(), x)
def h():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
h()
