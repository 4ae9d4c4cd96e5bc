# Type 'f' and 'F': fixed point with correct rounding.
for v in [0.0, -0.0, 1.0, 2.5, 3.5, 0.125, 2.675, 1/3, -1234.5678, 1e20, 1e-10]:
    print(format(v, 'f'), format(v, '.0f'), format(v, '.2f'), format(v, '.10f'), format(v, 'F'))
print(format(float('inf'), 'f'), format(float('inf'), 'F'), format(float('nan'), 'F'), format(float('-inf'), '.2f'))
print(format(1e300, '.2f')[:30], len(format(1e300, 'f')))
