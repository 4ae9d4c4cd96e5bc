import sys
sys.path.insert(0, sys.path[0] + "/../../py/imports")
import helper_raises


def f():
    return helper_raises.boom(0)


f()
