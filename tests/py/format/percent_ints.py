# printf-style integer conversions with flags, width and precision.
for v in [0, 7, -7, 255, -255]:
    print('[%5d] [%-5d] [%05d] [%+d] [% d] [%.3d] [%08.3d] [%x] [%#x] [%#X] [%o] [%#o] [%#.3o]' % (v, v, v, v, v, v, v, v, v, v, v, v, v))
print('%d %d %d' % (3.9, -0.5, True), '%x' % True, '%ld %hd %Ld' % (1, 2, 3))
print('[%-#8x] [%0-5d] [% +d] [%+ d] [%#.3x]' % (255, 5, 5, 5, 5))
