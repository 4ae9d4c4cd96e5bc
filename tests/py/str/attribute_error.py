# Unknown methods raise AttributeError naming the type.
try:
    "abc".nosuchmethod()
except AttributeError as e:
    print(type(e).__name__, e)
