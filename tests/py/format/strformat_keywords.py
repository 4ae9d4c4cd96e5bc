# str.format with keyword fields and nested specs.
print('{name} is {age} years old'.format(name='Ann', age=37))
print('{x}{y}{x}'.format(x='<', y='>'))
print('{a:{fill}{align}{width}}|'.format(a='mid', fill='*', align='^', width=9))
print('{0} {name}'.format('pos', name='kw'))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{v:,} {v:_x}'.format(v=10**9))
