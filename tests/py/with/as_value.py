# The as target receives __enter__'s return value, not the manager.
class Opener:
    def __enter__(self):
        return "resource"

    def __exit__(self, *args):
        return None

class ReturnsSelf:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass

with Opener() as r:
    print(r)
m = ReturnsSelf()
with m as same:
    print(same is m)
class Pair:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *args):
        pass

with Pair() as (a, b):
    pass
print(a, b)
class Box:
    pass

box = Box()
with Opener() as box.value:
    pass
print(box.value)
