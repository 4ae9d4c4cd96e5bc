data = [3, 2, 1, 0, 5]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
