# !r !s !a conversions, alone and with specs.
items = ['text', 'é', 42, 2.5, None, [1, 'ü'], ('日',)]
for v in items:
    print('{0!r} {0!s} {0!a}'.format(v))
print('[{0!r:>10}] [{0!s:*^9}] [{0!a:<12}]'.format('ü'))
