import math.sub
