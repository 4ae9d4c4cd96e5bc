# Float seeds go through hash(); True seeds like 1.
import random
random.seed(3.75)
print(random.random())
random.seed(True)
a = random.random()
random.seed(1)
print(a == random.random())
