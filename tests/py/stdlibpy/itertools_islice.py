import itertools

s = 'ABCDEFG'
print(list(itertools.islice(s, 2)))
print(list(itertools.islice(s, 2, 4)))
print(list(itertools.islice(s, 2, None)))
print(list(itertools.islice(s, 0, None, 2)))
print(list(itertools.islice(s, None, None, 3)))
print(list(itertools.islice(s, 5, 2)))
print(list(itertools.islice(s, 1, 6, 3)))
print(list(itertools.islice(s, 100)))
print(list(itertools.islice(s, None)))
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 1, 6, 3)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 5, 2)), next(it))
for args in [(-1,), (1, -1), (-1, 2), ('x', 2), (0, 2, 0), (0, 2, -2), (0, 2, 'x'), (1.5,), (), (1, 2, 3, 4)]:
    try:
        itertools.islice('abc', *args)
        print('ok', args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
