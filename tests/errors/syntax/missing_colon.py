# A compound statement without its colon.
def f()
    return 1
