# randint and randrange draw through getrandbits with rejection.
import random
random.seed(7)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(100) for _ in range(10)])
print([random.randrange(10, 50, 7) for _ in range(10)])
print([random.randrange(50, 10, -3) for _ in range(10)])
print(random.randrange(10**30), random.randint(-10**25, 10**25))
