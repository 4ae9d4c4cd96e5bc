# A traceback through three frames, with a call in a longer line.
def third(seq):
    return seq[len(seq)]

def second(seq):
    return 1 + third(seq) * 2

def first():
    return second([5, 6]) + 0

first()
