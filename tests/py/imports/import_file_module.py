import sys
import helper_mod
import helper_mod as again
print(again is helper_mod, helper_mod.value, helper_mod.double(21))
print(helper_mod.__name__, helper_mod.__doc__, repr(helper_mod.__package__))
print(helper_mod.__spec__ is None or True, helper_mod.__file__.endswith("imports/helper_mod.py"))
print(repr(helper_mod).startswith("<module 'helper_mod' from '"), repr(helper_mod).endswith("helper_mod.py'>"))
print(sys.modules["helper_mod"] is helper_mod, "helper_mod" in sys.modules)
print(type(helper_mod.__builtins__).__name__, __name__)
from helper_mod import value, double as dbl
print(value, dbl(4))
helper_mod.value = 11
import helper_mod
print(helper_mod.value)
del sys.modules["helper_mod"]
import helper_mod
print(helper_mod.value, helper_mod is not again)
