# The traceback goes through two frames.
def ratio(x, y):
    return x // y

print("start")
value = ratio(7, 0)
