# A direct cause followed by handling another exception.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("not a number") from e

try:
    parse("q")
except TypeError:
    raise RuntimeError("giving up")
