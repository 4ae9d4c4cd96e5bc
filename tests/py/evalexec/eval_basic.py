# eval of expressions, with and without namespaces.
x = 10
print(eval('1 + 2'), eval('x * 2'), eval('x * 2', {'x': 21}), eval('x + y', {'x': 1}, {'y': 2}), eval('  3'))
def f():
    z = 3
    return eval('z + x')
print(f(), eval('[i * i for i in range(4)]'), eval('len', {}))
