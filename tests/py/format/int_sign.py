# Sign options + - and space for ints.
for v in [7, -7, 0]:
    print(repr(format(v, '+')), repr(format(v, '-')), repr(format(v, ' ')), repr(format(v, '+d')), repr(format(v, ' 5')))
