# Calling a misspelled method suggests the right one.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

s = Stack()
s.psuh(1)
