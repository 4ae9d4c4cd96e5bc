import sys
print(type(sys.path).__name__, sys.path[0].endswith("imports"))
try:
    import helper_extra
except ModuleNotFoundError as e:
    print(e)
sys.path.append(sys.path[0] + "/extra_path")
import helper_extra
print(helper_extra.WHERE, helper_extra.__file__.endswith("extra_path/helper_extra.py"))
