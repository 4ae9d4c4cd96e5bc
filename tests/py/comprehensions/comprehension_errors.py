try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    {x: y for x, y in [(1, 2), (3,)]}
except ValueError as e:
    print(e)
try:
    [x for x in 42]
except TypeError as e:
    print(e)
