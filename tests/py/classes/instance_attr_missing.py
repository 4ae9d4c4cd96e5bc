# AttributeError messages for missing attributes.
class Node:
    def __init__(self):
        self.next = None

n = Node()
try:
    n.nxt
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Node.nxt
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del n.nxt
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).foo
except AttributeError as e:
    print(type(e).__name__, e)
