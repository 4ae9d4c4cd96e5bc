# printf-style '*' width and precision taken from the arguments.
print('[%*d]' % (6, 42))
print('[%-*d]' % (6, 42))
print('[%*s]' % (-5, 'a'))
print('[%.*f]' % (2, 3.14159))
print('[%*.*f]' % (8, 3, 2.71828))
print('[%.*s]' % (-1, 'abc'))
print('[%.*s]' % (2, 'abc'))
