import sys
sys.path.insert(0, sys.path[0] + "/helpers")
try:
    import helper_bad
except ZeroDivisionError:
    print("failed import leaves no module:", "helper_bad" in sys.modules)
import helper_bad
