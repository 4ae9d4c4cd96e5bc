# __setattr__ intercepts assignments, object.__setattr__ stores.
class Validated:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        object.__setattr__(self, name, value)

v = Validated()
v.age = 5
v.name = "x"
try:
    v.age = -1
except ValueError as e:
    print(type(e).__name__, e)
print(v.__dict__)
setattr(v, "zz", 1)
