# A missing name raises ImportError.
try:
    from sys import nosuch
except ImportError as e:
    print(type(e).__name__, e)
