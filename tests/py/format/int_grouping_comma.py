# Thousands separators with ',' on ints, including zero padding.
for v in [0, 999, 1000, 1234567, -1234567, 10**18]:
    print(format(v, ','), format(v, '15,'), format(v, '<15,'), format(v, '+,d'))
for spec in ['08,', '09,', '010,', '011,', '012,', '020,']:
    print(spec, format(1234, spec), format(-1234, spec))
