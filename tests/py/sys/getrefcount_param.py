# A parameter: the caller's temporary and the callee's local both count.
import sys
def show(p):
    return sys.getrefcount(p)
print(show([]))
lst = []
print(show(lst))
