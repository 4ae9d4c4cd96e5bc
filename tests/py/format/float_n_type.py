# Type 'n' on numbers in the C locale.
for v in [0, 7, -7, 1234567]:
    print(format(v, 'n'), format(v, '10n'), format(v, '+n'))
for v in [1.5, 1234567.0, 1e100, 0.0001]:
    print(format(v, 'n'), format(v, '.3n'), format(v, '>12n'))
