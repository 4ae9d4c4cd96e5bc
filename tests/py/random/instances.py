# Random instances are independent generators.
import random
a = random.Random(42)
b = random.Random(42)
c = random.Random('seed')
print(a.random() == b.random(), a.randint(1, 100), b.randint(1, 100), c.random())
print(isinstance(a, random.Random), type(a).__name__)
