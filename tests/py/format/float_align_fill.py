# Width, fill and alignment for floats, including '=' and zero padding.
v = -3.14159
for spec in ['10', '<10', '>10', '^10', '=10', '010', '010.2f', '*^12.3f', '0=12.1e', '+012.3f', '#>12.1f', '012']:
    print(spec, '[' + format(v, spec) + ']', '[' + format(-v, spec) + ']')
print('[' + format(float('inf'), '010') + ']', '[' + format(float('-inf'), '=+10') + ']')
