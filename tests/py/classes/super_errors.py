# super() with no arguments needs a method context.
def plain():
    return super()

try:
    plain()
except RuntimeError as e:
    print(type(e).__name__, e)
class A:
    pass

try:
    super(A, 5)
except TypeError as e:
    print(type(e).__name__, e)
