# StopIteration carries a value.
e = StopIteration(5)
print(e.value, e.args)
print(StopIteration().value)
try:
    raise StopIteration("done")
except StopIteration as err:
    print(err.value)
