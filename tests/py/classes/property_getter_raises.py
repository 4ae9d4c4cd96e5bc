# An AttributeError raised inside a property getter propagates.
class A:
    @property
    def broken(self):
        return self.missing

a = A()
try:
    a.broken
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(a, "broken"))
