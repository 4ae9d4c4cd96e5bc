# After a nested handler finishes, the outer exception is current again.
import sys
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ValueError("inner")
    except ValueError:
        print(type(sys.exc_info()[1]).__name__)
    print(type(sys.exc_info()[1]).__name__)
print(sys.exc_info())
