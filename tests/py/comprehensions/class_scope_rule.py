class C:
    factor = 2
    try:
        doubled = [factor * x for x in range(3)]
    except NameError as e:
        err = str(e)
print(C.err)
class D:
    items = [1, 2]
    first_iter = [x * 2 for x in items]
print(D.first_iter)
