# Formatting many floats: 'r'-style output parses back to the same value.
vals = [0.1 * i for i in range(1, 30)] + [1 / i for i in range(1, 30)] + [2.0 ** k for k in range(-20, 60, 7)]
ok = 0
for v in vals:
    if float(format(v, '')) == v and float(format(v, '.17g')) == v:
        ok += 1
print(ok, len(vals))
print([format(v, '') for v in vals[:12]])
print([format(v, '.3') for v in vals[30:40]])
print([format(v, 'g') for v in vals[-12:]])
