# printf-style % with %s %r %a %d and a single argument.
print('Hello, %s!' % 'world')
print('%s %s' % ('a', 'b'))
print('%r' % 'q', '%a' % 'é', '%s' % 'é')
print('%d items' % 3, '%i' % -4, '%u' % 5)
print('%s' % [1, 2], '%s' % ((1, 2),), '%s' % None, '%s' % 2.5)
print('100%%' % (), '%d%%' % 50, '%%' % ())
print('%s' % 10**30, '%d' % 10**30)
