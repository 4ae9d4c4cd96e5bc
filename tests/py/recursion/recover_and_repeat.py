# After a RecursionError the interpreter recovers fully, many times.
def down(n):
    return down(n + 1)
caught = 0
for i in range(5):
    try:
        down(0)
    except RecursionError:
        caught += 1
print(caught)
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
print(deep(900))
