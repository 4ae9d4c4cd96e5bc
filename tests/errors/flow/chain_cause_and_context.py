try:
    raise KeyError("context")
except KeyError:
    try:
        raise IndexError("cause")
    except IndexError as c:
        raise ValueError("final") from c
