def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
n = [0]
def f():
    n[0] += 1
    return n[0]
print(list(iter(f, 4)))
t(lambda: iter(1, 2))
