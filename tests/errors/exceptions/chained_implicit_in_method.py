# Implicit chaining across methods.
class Store:
    def __init__(self):
        self.data = {}

    def get(self, key):
        try:
            return self.data[key]
        except KeyError:
            raise LookupError("no such item: " + key)

Store().get("apple")
