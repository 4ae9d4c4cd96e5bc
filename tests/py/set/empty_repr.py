# Empty sets print with their type name.
print(set())
print(frozenset())
print(repr(set()), str(frozenset()))
print(type(set()), type(frozenset()))
print(len(set()), bool(set()), bool({0}))
