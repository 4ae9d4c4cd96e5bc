import sys
sys.path.insert(0, sys.path[0] + "/helpers")
import helper_cycle_x
