# Types 'e' and 'E'.
for v in [0.0, 1.0, -1.5, 12345.678, 1e-7, 1e100, 1e-300, 5e-324, 2**0.5]:
    print(format(v, 'e'), format(v, '.0e'), format(v, '.3e'), format(v, 'E'), format(v, '#.0e'))
print(format(float('inf'), 'e'), format(float('nan'), 'E'))
