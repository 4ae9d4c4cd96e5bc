# Freeing a million-node linked list of instances must not overflow the C stack.
class Node:
    def __init__(self, nxt):
        self.next = nxt
head = None
for i in range(1000000):
    head = Node(head)
del head
print("chain freed")
class Slotted:
    __slots__ = ("next",)
    def __init__(self, nxt):
        self.next = nxt
head = None
for i in range(1000000):
    head = Slotted(head)
head = None
print("slotted chain freed")
