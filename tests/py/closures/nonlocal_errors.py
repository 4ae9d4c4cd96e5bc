def outer():
    x = 1
    def inner():
        print(x)
        x = 2
    inner()
try:
    outer()
except UnboundLocalError as e:
    print(type(e).__name__)
def g():
    def h():
        return z
    try:
        h()
    except NameError as e:
        print(e)
    z = 3
    return h()
print(g())
