# AttributeError records the name and object.
class Node:
    pass

n = Node()
try:
    n.nxt
except AttributeError as e:
    print(e, e.name, e.obj is n)
e = AttributeError("manual")
print(e, e.name, e.obj)
