# import binds the module; its attributes are reachable.
import sys
print(type(sys).__name__, sys.__name__, "sys" in sys.modules)
