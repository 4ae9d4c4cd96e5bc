# Sets are unhashable, frozensets are not; unhashable keys are refused.
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1}.add([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: {2}}[{2}]
except TypeError as e:
    print(type(e).__name__, e)
print({frozenset([1]): 'ok'}[frozenset([1])])
print({frozenset(), frozenset([1]), frozenset([1])})
