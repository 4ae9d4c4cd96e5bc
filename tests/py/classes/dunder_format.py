# __format__ receives the spec from format() and f-strings.
class Money:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        if spec == "":
            return "$" + str(self.v)
        return spec + ":" + str(self.v)

m = Money(5)
print(format(m))
print(format(m, "usd"))
print(f"{m}")
class Plain:
    def __str__(self):
        return "plain"

print(format(Plain()), f"{Plain()}")
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
