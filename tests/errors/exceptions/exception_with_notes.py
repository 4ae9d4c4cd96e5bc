# Notes are printed after the exception line.
def check(x):
    try:
        return 10 / x
    except ZeroDivisionError as e:
        e.add_note("while checking x=" + str(x))
        raise

check(0)
