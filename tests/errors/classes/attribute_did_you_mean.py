# An uncaught AttributeError on an instance suggests a close name.
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

n = Node(1)
print(n.nxt)
