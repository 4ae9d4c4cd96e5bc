# str.format with automatic and explicit positional fields.
print('{} and {}'.format('spam', 'eggs'))
print('{1} and {0}'.format('spam', 'eggs'))
print('{0}{1}{0}'.format('abra', 'cad'))
print('{}{}'.format(1, 2), 'no fields'.format(1, 2, x=3))
print('{0} {0!r} {0!s} {0!a}'.format('é'))
print('{:>6}|{:<6}|{:^6}|'.format(1, 2.5, 'x'))
print('{0:{1}}|{0:{2}.{3}f}|'.format(3.14159, 10, 8, 2))
