# A property's __doc__: explicit, taken from the getter, or None.
def getter(self):
    "getter doc"
    return 0

def nodoc(self):
    return 0

print(property(getter).__doc__)
print(property(getter, doc="explicit").__doc__)
print(property(nodoc).__doc__)
print(property().__doc__)
print(property(doc="only doc").__doc__)
print(property(getter, None, None, None).__doc__)

# A doc taken from the getter follows a new getter; an explicit one stays.
print(property(getter).getter(nodoc).__doc__)
print(property(getter, doc="kept").getter(nodoc).__doc__)
print(property(nodoc).getter(getter).__doc__)
print(property(getter).setter(nodoc).__doc__)

p = property(getter)
p.__doc__ = "changed"
print(p.__doc__)

class C:
    @property
    def x(self):
        "the x"
        return 1

print(C.x.__doc__)
