# del on a local makes it unbound.
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        print(type(e).__name__, e)
        return "caught"
print(f())
