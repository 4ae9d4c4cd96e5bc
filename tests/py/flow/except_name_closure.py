def f():
    try:
        raise ValueError("captured")
    except ValueError as e:
        g = lambda: e
        print("inside:", g())
    try:
        return g()
    except NameError as n:
        return type(n).__name__ + ": " + str(n)

print(f())

def h():
    def show():
        return repr(err)
    try:
        raise KeyError("k")
    except KeyError as err:
        print(show())
    try:
        show()
    except NameError as n:
        print(type(n).__name__ + ": " + str(n))

h()

# at module level the name is a global and is deleted from globals
try:
    raise IndexError
except IndexError as gone:
    pass
print("gone" in globals())
