x = 0
if (x == 0 and
        1 / x):
    pass
