# pop (default, index, negative) and remove, with their errors.
a = [10, 20, 30, 40, 20]
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(20)
print(a)
try:
    a.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
