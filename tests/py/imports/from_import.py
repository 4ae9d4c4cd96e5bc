# from ... import binds the attribute itself.
from sys import getrefcount
from sys import maxsize as biggest
x = []
print(getrefcount(x), biggest)
