# pop with and without default; popitem is LIFO.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("a"), d.pop("x", "default"), d)
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
