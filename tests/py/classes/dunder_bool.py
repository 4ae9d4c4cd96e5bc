# __bool__ decides truth; without it, __len__ does; else always true.
class Yes:
    def __bool__(self):
        return True

class No:
    def __bool__(self):
        return False

class Empty:
    def __len__(self):
        return 0

class Plain:
    pass

for obj in [Yes(), No(), Empty(), Plain()]:
    print(type(obj).__name__, bool(obj), "truthy" if obj else "falsy", not obj)
class Bad:
    def __bool__(self):
        return 1

try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
