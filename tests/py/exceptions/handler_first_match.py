# The first matching handler in source order wins even if a later one is more specific.
class Base(Exception):
    pass

class Mid(Base):
    pass

class Leaf(Mid):
    pass

for cls in [Leaf, Mid, Base]:
    try:
        raise cls()
    except Mid:
        print(cls.__name__, "-> Mid handler")
    except Leaf:
        print("unreachable")
    except Base:
        print(cls.__name__, "-> Base handler")
