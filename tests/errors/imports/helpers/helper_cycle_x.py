# helper: imported by other tests
from helper_cycle_y import Y
X = 1
