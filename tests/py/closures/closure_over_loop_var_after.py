def outer():
    funcs = []
    for k in range(3):
        def f():
            return k * 10
        funcs.append(f)
    k = 100
    return funcs
print([f() for f in outer()])
