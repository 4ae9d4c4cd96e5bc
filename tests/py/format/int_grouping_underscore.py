# '_' groups decimal digits by three and b/o/x digits by four.
for v in [0, 255, 65535, 10**10, -10**10]:
    print(format(v, '_'), format(v, '_d'), format(v, '_b'), format(v, '_o'), format(v, '_x'), format(v, '#_X'))
print(format(255, '#010_b'), format(-255, '#012_b'), format(1, '012_x'))
