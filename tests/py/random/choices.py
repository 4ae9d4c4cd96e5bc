# choices with and without weights.
import random
random.seed(99)
print(random.choices('abc', k=8))
print(random.choices(['x', 'y', 'z'], weights=[10, 1, 1], k=8))
print(random.choices(range(4), cum_weights=[1, 2.5, 3, 10], k=6))
print(random.choices('ab'))
for kw in [dict(weights=[1], k=1), dict(weights=[0, 0], k=1), dict(weights=[1, 1], cum_weights=[1, 2])]:
    try:
        random.choices('ab', **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
