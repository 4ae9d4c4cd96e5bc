# After setrecursionlimit(100), the limit applies at once.
import sys
sys.setrecursionlimit(100)
depth = 0
def down(n):
    global depth
    depth = n
    down(n + 1)
try:
    down(1)
except RecursionError as e:
    print(type(e).__name__, e, depth)
def ok(n):
    if n == 0:
        return 0
    return 1 + ok(n - 1)
print(ok(50))
