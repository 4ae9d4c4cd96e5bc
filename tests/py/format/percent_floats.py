# printf-style float conversions.
for v in [0.0, -0.0, 1.0, 3.14159, -1234.5678, 1e-5, 1e20, 123456789.0]:
    print('%f|%.2f|%10.3f|%-10.1f|%+.1e|%E|%g|%G|%#g|%.0f|%#.0f|%010.2f' % (v, v, v, v, v, v, v, v, v, v, v, v))
print('%f %F %e %g' % (float('inf'), float('inf'), float('-inf'), float('nan')))
print('%05f|%-6f|%+f' % (float('inf'), float('nan'), float('inf')))
print('%.2f %.1f %.0e %#.0e %.0g' % (2.675, 0.05, 12345, 12345, 0.5))
print('%f %.3f' % (5, 2**70))
