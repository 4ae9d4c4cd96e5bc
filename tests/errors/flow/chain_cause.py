def load(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError("no " + k) from e

load({}, "key")
