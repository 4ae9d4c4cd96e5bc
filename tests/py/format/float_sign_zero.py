# Signs, negative zero and the 'z' option (3.11).
for v in [1.5, -1.5, 0.0, -0.0, float('inf'), float('-inf'), float('nan')]:
    print(repr(format(v, '+')), repr(format(v, ' ')), repr(format(v, '-')), repr(format(v, '+.1f')))
for spec in ['z', 'z.1f', 'z.0f', '+z.1f', 'z.1e', 'z.2g', 'z.0%', 'z']:
    print(spec, format(-0.0, spec), format(-0.001, spec), format(-0.5, spec), format(0.0, spec))
