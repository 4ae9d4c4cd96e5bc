# raise ... from None shows only the last exception.
class NotFound(Exception):
    pass

def find(items, key):
    try:
        return items[key]
    except KeyError:
        raise NotFound(key) from None

find({}, "x")
