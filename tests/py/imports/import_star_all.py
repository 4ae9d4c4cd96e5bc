from helper_star import *
print(shown, _also)
try:
    hidden
except NameError as e:
    print(e)
from pkg_demo import *
print(top, leaf.LEAF)
from helper_mod import *
print(value, double(2))
try:
    _private
except NameError as e:
    print(e)
