total = 0
def outer():
    def inner():
        global total
        total += 5
    inner()
    inner()
outer()
print(total)
x = "module"
def f():
    x = "enclosing"
    def g():
        global x
        return x
    return g()
print(f())
