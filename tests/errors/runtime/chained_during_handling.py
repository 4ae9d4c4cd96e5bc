# An exception raised while handling another shows both tracebacks.
data = {}
try:
    data["missing"]
except KeyError:
    raise RuntimeError("lookup failed")
