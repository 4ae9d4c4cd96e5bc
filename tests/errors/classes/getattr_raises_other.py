# An exception other than AttributeError from __getattr__ propagates.
class Lazy:
    def __getattr__(self, name):
        raise KeyError(name)

print(Lazy().anything)
