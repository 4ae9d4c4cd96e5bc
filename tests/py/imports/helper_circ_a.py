# helper: imported by other tests
print("a starts")
import helper_circ_b
A = "a"
print("a sees b.B =", helper_circ_b.B)
