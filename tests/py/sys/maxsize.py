# maxsize on a 64-bit build.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize))
