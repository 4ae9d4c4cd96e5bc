# Without a seed the values still lie in range.
import random
random.seed()
print(0 <= random.random() < 1, 1 <= random.randint(1, 3) <= 3)
