def alpha():
    pass
beta = alpha
print(alpha.__code__.co_name, beta.__code__.co_name)
beta.__name__ = "gamma"
print(beta.__name__, beta.__code__.co_name)
print((lambda: 0).__code__.co_name)
def withargs(a, b, *c, d, **e):
    pass
print(withargs.__code__.co_argcount, withargs.__code__.co_kwonlyargcount)
