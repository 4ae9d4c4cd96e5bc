# A fresh global list: one reference from the name, one from the call's argument.
import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
