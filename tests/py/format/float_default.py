# format(float) with an empty spec or no type matches repr.
for v in [0.0, -0.0, 1.0, 1.5, 0.1, 1e16, 1e15, 123456789.0, 1e-4, 1e-5, 1e100, 1.7976931348623157e308, 5e-324, float('inf'), float('-inf'), float('nan')]:
    print(format(v, ''), format(v, '>25'), format(v, '+'), str(v) == format(v, ''))
