print(b'\x01\x02\xff'.hex(), b''.hex(), b'\xab'.hex(':'), b''.hex(':', 0))
print(b'\x01\x02\x03'.hex(':', 2), b'\x01\x02\x03'.hex('-', -2), b'\x01\x02\x03\x04\x05'.hex(' ', 2))
print(b'\x01\x02\x03\x04\x05'.hex(b'_', -2), b'\x01\x02'.hex(sep='.', bytes_per_sep=5), b'\x01\x02\x03'.hex(':', 0))
for args in [(':::',), (b'xx',), (1,)]:
    try:
        b'a'.hex(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
