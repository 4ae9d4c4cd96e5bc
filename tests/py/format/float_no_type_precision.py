# A precision without a type: like 'g' but keeping a '.0'.
for v in [1.0, 10.0, 100.0, 123.0, 0.5, 1e20, 1e-5, 123456.0, 1234567.0, 3.14159]:
    print(format(v, '.1'), format(v, '.2'), format(v, '.3'), format(v, '.6'), format(v, '.12'))
print(format(1.0, '#'), format(1e16, '#'), format(1.0, '#.0'), format(12.0, '#.3'))
