# format() of ints with each integer presentation type.
for v in [0, 1, -1, 42, 255, -255, 65535]:
    print(format(v, 'd'), format(v, 'b'), format(v, 'o'), format(v, 'x'), format(v, 'X'), format(v, 'n'), format(v, ''))
