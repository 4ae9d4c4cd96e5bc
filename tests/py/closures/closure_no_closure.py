def plain():
    return 1
print(plain.__closure__)
def outer():
    v = [1]
    def inner():
        return v
    return inner
f = outer()
print(f.__closure__[0].cell_contents, f.__code__.co_freevars)
print(outer.__code__.co_cellvars)
