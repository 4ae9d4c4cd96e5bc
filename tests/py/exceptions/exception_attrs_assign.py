# Exceptions accept arbitrary attributes and have a __dict__.
e = RuntimeError("r")
e.detail = "more"
print(e.detail, e.__dict__)
class Custom(Exception):
    kind = "custom"

c = Custom()
print(c.kind, c.__dict__)
