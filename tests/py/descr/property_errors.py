# Missing getter, setter and deleter: 3.11's messages name the property.
class A:
    ro = property(lambda self: 1)
    wo = property(None, lambda self, v: print("set", v))
    nothing = property()

a = A()
print(a.ro)
a.wo = 5
for action in ("set ro", "del ro", "get wo", "del wo", "get nothing", "set nothing"):
    try:
        if action == "set ro":
            a.ro = 2
        elif action == "del ro":
            del a.ro
        elif action == "get wo":
            print(a.wo)
        elif action == "del wo":
            del a.wo
        elif action == "get nothing":
            print(a.nothing)
        else:
            a.nothing = 1
    except AttributeError as e:
        print(action, "->", type(e).__name__, e)

# A property never given a name by a class has none to report.
p = property()
try:
    p.__get__(a)
except AttributeError as e:
    print(e)
try:
    p.__set__(a, 1)
except AttributeError as e:
    print(e)
try:
    p.__delete__(a)
except AttributeError as e:
    print(e)
