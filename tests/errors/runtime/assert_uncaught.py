# An uncaught assertion with a message.
def check(n):
    assert n > 0, "n must be positive"
    return n

check(5)
check(-1)
