# An undefined name inside a function.
def compute():
    return 2 * unknown_factor_zz

compute()
