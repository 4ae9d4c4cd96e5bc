# float.hex and float.fromhex round-trip exactly.
for x in [1.0, -0.5, 0.1, 5e-324, 1e308, 0.0, -0.0, float('inf'), float('nan'), 3.14159, 2.0**-1030]:
    h = x.hex()
    print(h, float.fromhex(h) == x or x != x)
print(float.fromhex('0x1.8p1'), float.fromhex(' -0X1P-2 '), float.fromhex('inf'), float.fromhex('ff'), float.fromhex('0x.8'))
print(float.fromhex('0x1.fffffffffffff8p1023') if False else float.fromhex('0x1.ffffffffffffep1023'), float.fromhex('0x1p-1074'), float.fromhex('0x1p-1080'))
for bad in ['0x1p2000', 'zz', '0x', '1p']:
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
