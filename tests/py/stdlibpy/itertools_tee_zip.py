import itertools

a, b = itertools.tee(range(5))
print(next(a), next(a), list(b), list(a))
x, y, z = itertools.tee('abc', 3)
print(list(x), list(y), list(z))
print(itertools.tee('abc', 0))
src = iter([1, 2, 3, 4])
p, q = itertools.tee(src)
print(list(zip(p, q)))
first, second = itertools.tee(iter('hello'))
print(''.join(first), ''.join(second))
try:
    itertools.tee('abc', -1)
except ValueError as e:
    print('ValueError:', e)
print(list(itertools.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(itertools.zip_longest('AB', 'xyz')))
print(list(itertools.zip_longest([1, 2], [3], [4, 5, 6], fillvalue=0)))
print(list(itertools.zip_longest()), list(itertools.zip_longest('', '')))
print(list(itertools.zip_longest('abc')))
try:
    itertools.zip_longest('a', fill=1)
except TypeError as e:
    print('TypeError:', e)
