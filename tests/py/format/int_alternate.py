# The '#' flag adds 0b / 0o / 0x / 0X prefixes, after the sign.
for v in [0, 5, -5, 255, -4096]:
    print(format(v, '#b'), format(v, '#o'), format(v, '#x'), format(v, '#X'))
print(format(255, '#010x'), format(-255, '#010x'), format(255, '#^12x'), format(-5, '=#10x'))
