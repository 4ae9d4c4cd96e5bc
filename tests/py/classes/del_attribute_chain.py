# Finalizing an owner releases the objects it owns, in order.
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("del", self.name)

root = Node("root", Node("mid", Node("leaf")))
print("built")
del root
print("done")
