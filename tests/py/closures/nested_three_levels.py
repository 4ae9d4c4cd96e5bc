def a():
    x = "a"
    def b():
        y = "b"
        def c():
            nonlocal x
            x = x + y
            return x
        return c
    return b()
c = a()
print(c(), c(), c())
