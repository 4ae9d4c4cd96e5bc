# Reading an item out of a container gives the callee a temporary reference.
import sys
outer = [[1, 2]]
print(sys.getrefcount(outer[0]))
d = {"key": []}
print(sys.getrefcount(d["key"]))
