def f(*a, **k):
    return a, k
for bad in [lambda: f(*5), lambda: f(**[1, 2]), lambda: f(**{1: 2})]:
    try:
        bad()
    except TypeError as e:
        print(e)
