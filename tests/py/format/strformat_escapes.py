# Doubled braces are literal braces.
print('{{}}'.format())
print('{{{0}}}'.format(5))
print('a{{b}}c{{'.format())
print('}}{}{{'.format('mid'))
print('{{0}} {0}'.format('x'))
print('{0:{{}}^5}'.format(1) if False else 'skip')
