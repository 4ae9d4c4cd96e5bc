# uniform, triangular, gauss and the other float distributions.
import random
random.seed(3)
print(random.uniform(1, 10), random.uniform(-1.5, 1.5), random.triangular(0, 10, 2), random.triangular())
print(random.gauss(), random.gauss(5, 2), random.gauss(), random.normalvariate(0, 1))
print(random.expovariate(1.5), random.lognormvariate(0, 1), random.paretovariate(2), random.weibullvariate(1, 2))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1), random.betavariate(2, 5))
print(random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0))
