import sys
sys.path.insert(0, sys.path[0] + "/../../py/imports")
from helper_star import shown, nothing
