# Using an object that is not a context manager in with.
class Resource:
    def open(self):
        return self

with Resource() as r:
    print("never")
