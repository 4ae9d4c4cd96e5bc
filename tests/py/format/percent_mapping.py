# printf-style %(name)s with a mapping.
d = {'name': 'Ann', 'n': 3, 'x': 2.5, 'a(b)': 'paren'}
print('%(name)s has %(n)d cats' % d)
print('%(x).2f %(x)r %(n)05d %(name)-6s|' % d)
print('%(a(b))s' % d)
print('%(n)s %(n)s' % d)
print('%s' % d)
print('%s %(n)s' % d)
print('no conversions' % d, 'plain' % {}, 'list' % [])
