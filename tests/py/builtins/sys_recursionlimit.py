import sys
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
for v in [0, -5, 1.5, 2**64]:
    try:
        sys.setrecursionlimit(v)
    except Exception as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
