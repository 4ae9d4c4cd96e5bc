# Thousands separators on floats apply to the integer part only.
for v in [0.5, 1234.5, 1234567.891, -9876543.21, 1e20]:
    print(format(v, ','), format(v, '_'), format(v, ',.2f'), format(v, '_.3e'), format(v, ',g'), format(v, '015,.1f'))
print(format(-1234.5, '*^+15,.2f'), format(1234.5, '013_.2f'), format(12345.678, '_'))
