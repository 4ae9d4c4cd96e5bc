# getstate/setstate replay a sequence.
import random
random.seed(1)
random.gauss()
state = random.getstate()
first = [random.random(), random.gauss()]
random.setstate(state)
print(first == [random.random(), random.gauss()], state[0], len(state[1]))
