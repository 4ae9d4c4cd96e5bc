# sample: the pool method for small populations, the set method for large.
import random
random.seed(5)
print(random.sample(range(10), 4))
print(random.sample('abcdefghij', 10))
print(random.sample(range(100000), 12))
print(random.sample([1, 2, 3, 4], k=5, counts=[1, 2, 3, 4]))
for bad in [(range(3), 4), ({1, 2}, 1)]:
    try:
        random.sample(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
