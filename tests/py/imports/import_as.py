# import ... as binds another name.
import math as m
print(m.sqrt(16), m.floor(2.7), m.pi)
try:
    print(math)
except NameError as e:
    print(type(e).__name__, e)
