# getrecursionlimit and setrecursionlimit.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
