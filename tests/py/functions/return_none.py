# return without a value and falling off the end both give None.
def a():
    return
def b():
    pass
def c(x):
    if x:
        return "early"
print(a(), b(), c(True), c(False))
