# helper: imported by other tests
print("b starts")
import helper_circ_a
print("b sees partial a:", hasattr(helper_circ_a, "A"))
B = "b"
