def f():
    pass
f.calls = 3
f.tag = "x"
print(f.calls, f.tag, sorted(f.__dict__))
print(type(f).__name__, f.__module__)
try:
    f.missing
except AttributeError as e:
    print(e)
print(f.__globals__ is globals())
