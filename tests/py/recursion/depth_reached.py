# How deep a simple recursion gets under the default limit.
depth = 0
def down(n):
    global depth
    depth = n
    down(n + 1)
try:
    down(1)
except RecursionError:
    print(depth)
