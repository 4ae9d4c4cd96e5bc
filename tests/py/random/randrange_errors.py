# randrange's ValueErrors.
import random
for args in [(0,), (5, 5), (1, 10, 0), (10, 1, 1), (1, 10, -1), (2.5,)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print(args, e)
