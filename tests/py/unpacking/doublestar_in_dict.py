base = {"a": 1, "b": 2}
extra = {"b": 20, "c": 30}
print({**base, **extra})
print({**extra, **base})
print({"z": 0, **base, "a": 100})
print({**{}, **dict(x=1)})
try:
    {**[1, 2]}
except TypeError as e:
    print(e)
