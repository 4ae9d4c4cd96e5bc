# Reprs of sets inside other containers.
print([{1}, frozenset([2])], ({'a'},), {'k': {3}})
print(frozenset([frozenset([1, 2]), frozenset()]))
print({(1, frozenset('x'))})
print(str({1.5, 'q'}))
