# Types 'g' and 'G' strip trailing zeros and switch to exponents.
for v in [0.0, -0.0, 1.0, 100.0, 123456.0, 1234567.0, 0.0001, 0.00001, 1.5e-7, 1e16, 3.14159265]:
    print(format(v, 'g'), format(v, '.3g'), format(v, '.0g'), format(v, 'G'), format(v, '#g'), format(v, '.10g'))
print(format(1/3, '.17g'), format(2/3, '.1g'), format(9.99, '.2g'), format(9.96, '.2g'))
