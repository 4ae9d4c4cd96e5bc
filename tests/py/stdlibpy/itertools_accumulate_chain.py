import itertools

print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([], initial=7)), list(itertools.accumulate([])))
print(list(itertools.accumulate(['a', 'b', 'c'])))
print(list(itertools.chain('ab', [1, 2], (), range(3))))
print(list(itertools.chain.from_iterable(['ab', 'cd', ''])))
print(list(itertools.chain.from_iterable(map(range, [1, 2, 3]))))
print(list(itertools.chain()))
ch = itertools.chain([1], 5)
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print('TypeError:', e)
print(list(itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress('ABC', [True] * 10)), list(itertools.compress('ABCDE', [0, 1])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(lambda *a: sum(a), [[1, 2], (3, 4, 5), ()])))
print(list(itertools.pairwise('ABCDE')), list(itertools.pairwise('A')), list(itertools.pairwise([])))
