# Field names with attribute and item access.
d = {'key': 'value', '0': 'zero-str', 'x y': 1}
print('{0[key]} {0[0]}'.format(d) if False else '{0[key]}'.format(d))
print('{0[0]}'.format({0: 'int-key'}))
print('{0[1]} {0[0][1]}'.format([[1, 2], 3]))
print('{0.real} {0.imag} {1.real}'.format(3, 2.5))
print('{0.__class__} {0.__class__.__name__}'.format(7))
print('{x[0]}{x[1]}{x[-1]}'.format(x={0: 'a', 1: 'b', '-1': 'c'}))
print('{0[x y]}'.format(d))
print('{t[0]:>4}{t[1]:>4}'.format(t=(1, 2)))
