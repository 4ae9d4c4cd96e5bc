# A negative int seed uses its absolute value.
import random
random.seed(-99)
a = random.random()
random.seed(99)
print(a == random.random(), a)
