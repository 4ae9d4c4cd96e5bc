# __delattr__ intercepts deletion.
class Guard:
    def __init__(self):
        self.keep = 1
        self.tmp = 2

    def __delattr__(self, name):
        if name == "keep":
            raise AttributeError("cannot delete keep")
        print("deleting", name)
        object.__delattr__(self, name)

g = Guard()
del g.tmp
try:
    del g.keep
except AttributeError as e:
    print(type(e).__name__, e)
print(g.__dict__)
