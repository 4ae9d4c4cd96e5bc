# helper: imported by other tests
def boom(n):
    return 10 // n
