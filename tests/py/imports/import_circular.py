import helper_circ_a
print(helper_circ_a.A, helper_circ_a.helper_circ_b.B)
