# NameError and UnboundLocalError messages.
def f():
    print(x)
    x = 1

try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    never_defined
except NameError as e:
    print(type(e).__name__, e, e.name)
