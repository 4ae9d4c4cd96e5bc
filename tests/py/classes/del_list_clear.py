# Clearing or shrinking a list finalizes the items it held.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del item", self.n)

items = [Item(1), Item(2), Item(3)]
print("made")
items.pop(0)
print("popped")
del items[0]
print("deleted index")
items.clear()
print("cleared")
more = [Item(4), Item(5)]
more = []
print("rebound list")
