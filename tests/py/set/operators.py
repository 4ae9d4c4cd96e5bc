# | & - ^ between sets and frozensets.
a = {1, 2, 3, 4, 'x'}
b = {3, 4, 5, 'y'}
print(a | b)
print(a & b)
print(a - b)
print(b - a)
print(a ^ b)
print(b ^ a)
f = frozenset(b)
print(a | f, type(a | f).__name__)
print(f | a, type(f | a).__name__)
print(f & a, f - a, f ^ a)
print(a | a, a & a, a - a, a ^ a)
print({1} & {1.0}, {1.0} & {1})
