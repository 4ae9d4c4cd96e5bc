# Type '%' multiplies by 100 and adds a percent sign.
for v in [0.0, 0.5, 0.25, 1.0, -0.1234, 1/3, 12.5]:
    print(format(v, '%'), format(v, '.0%'), format(v, '.1%'), format(v, '>10.2%'), format(v, '+,.1%'))
print(format(float('inf'), '%'), format(float('nan'), '.1%'))
