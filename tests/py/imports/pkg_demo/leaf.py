# helper: imported by other tests
LEAF = "leaf value"
print("leaf:", __name__, __package__)
