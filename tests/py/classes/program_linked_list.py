# A singly linked list with the container protocol.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedListIterator:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(repr(value) + " not in list")

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        return LinkedListIterator(self.head)

    def __len__(self):
        return self.size

    def __contains__(self, value):
        for x in self:
            if x == value:
                return True
        return False

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        for i, x in enumerate(self):
            if i == index:
                return x
        raise IndexError("linked list index out of range")

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self):
        return "LinkedList([" + ", ".join([repr(x) for x in self]) + "])"


ll = LinkedList([1, 2, 3])
ll.append(4)
ll.push_front(0)
print(ll, len(ll))
print(3 in ll, 9 in ll)
print(ll[0], ll[2], ll[-1])
ll.remove(2)
print(ll)
try:
    ll.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
ll.reverse()
print(ll, list(ll), sum(ll))
print(ll == LinkedList([4, 3, 1, 0]), ll == [4, 3, 1, 0])
print(bool(LinkedList()), bool(ll))
words = LinkedList("abc")
print(words, "-".join(words))
print([x * 2 for x in ll])
