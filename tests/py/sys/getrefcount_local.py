# The same 2, 3, 2 pattern for locals inside a function.
import sys
def f():
    x = []
    print(sys.getrefcount(x))
    y = x
    print(sys.getrefcount(x))
    y = None
    print(sys.getrefcount(x))
f()
