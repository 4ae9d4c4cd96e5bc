# Instances of object itself take no attributes.
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).y = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".upper = None
except AttributeError as e:
    print(type(e).__name__, e)
