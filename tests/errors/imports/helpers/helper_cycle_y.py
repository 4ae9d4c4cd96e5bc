# helper: imported by other tests
from helper_cycle_x import X
Y = 2
