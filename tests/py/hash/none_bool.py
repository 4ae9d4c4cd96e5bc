# hash of None is stable in 3.11 only by address: print only what is stable.
print(hash(True), hash(False), hash(None) == hash(None))
