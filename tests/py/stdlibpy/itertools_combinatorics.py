import itertools

print(list(itertools.product('AB', 'xy')))
print(list(itertools.product(range(2), repeat=3)))
print(list(itertools.product('ab', '', 'c')), list(itertools.product()), list(itertools.product('ab', repeat=0)))
print(len(list(itertools.product('abc', 'de', repeat=2))))
print(list(itertools.permutations('ABCD', 2)))
print(list(itertools.permutations(range(3))))
print(list(itertools.permutations('abc', 0)), list(itertools.permutations('abc', 4)))
print(len(list(itertools.permutations(range(6)))))
print(list(itertools.combinations('ABCD', 2)))
print(list(itertools.combinations(range(5), 3)))
print(list(itertools.combinations('abc', 0)), list(itertools.combinations('abc', 4)))
print(list(itertools.combinations_with_replacement('ABC', 2)))
print(list(itertools.combinations_with_replacement('ab', 3)))
print(list(itertools.combinations_with_replacement('', 2)), list(itertools.combinations_with_replacement('', 0)))
print(list(itertools.permutations([1, 1, 2])))
for bad in ["itertools.permutations('abc', -1)", "itertools.combinations('abc', -1)",
            "itertools.combinations_with_replacement('abc', -1)",
            "itertools.product('ab', repeat=-1)", "itertools.product('a', foo=1)",
            "itertools.permutations('abc', 'x')", "itertools.combinations('abc', 'x')"]:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
