import itertools

print(list(itertools.islice(itertools.count(), 5)))
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.islice(itertools.count(2.5, 0.5), 4)))
print(list(itertools.islice(itertools.count(3, -1), 5)))
print(repr(itertools.count()), repr(itertools.count(4, 3)), repr(itertools.count(1.5)))
c = itertools.count(7)
next(c); next(c)
print(repr(c))
print(list(itertools.islice(itertools.cycle('abc'), 8)))
print(list(itertools.cycle([])))
print(list(itertools.repeat('x', 3)), list(itertools.repeat(1, 0)), list(itertools.repeat(1, -5)))
print(repr(itertools.repeat('x', 3)), repr(itertools.repeat(None)))
print(list(map(pow, range(5), itertools.repeat(2))))
print(list(zip(itertools.count(1), 'abc')))
for bad in ('itertools.count("a")', 'itertools.repeat(1, "a")', 'itertools.cycle(5)'):
    try:
        eval(bad)
    except TypeError as e:
        print('TypeError:', e)
