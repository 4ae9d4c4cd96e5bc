def f():
    n = 3
    return [n * i for i in range(n)]
print(f())
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
class C:
    base = 10
    values = [x for x in range(3)]
print(C.values)
