# Writing through __dict__ changes the attributes and back.
class P:
    pass

p = P()
d = p.__dict__
d["x"] = 10
print(p.x)
p.y = 20
print(d)
print(d is p.__dict__)
p.__dict__.clear()
print(hasattr(p, "x"), hasattr(p, "y"))
p.__dict__ = {"z": 30}
print(p.z, p.__dict__)
