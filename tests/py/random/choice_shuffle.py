# choice and shuffle.
import random
random.seed(11)
print([random.choice('abcdefg') for _ in range(10)], random.choice([10, 20, 30]), random.choice(range(1000)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
try:
    random.choice([])
except IndexError as e:
    print(e)
