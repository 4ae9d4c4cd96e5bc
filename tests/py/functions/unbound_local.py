# Reading a local before assignment raises UnboundLocalError.
total = 5
def f():
    try:
        total += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f()
