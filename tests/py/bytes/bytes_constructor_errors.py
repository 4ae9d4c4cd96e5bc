cases = [
    lambda: bytes('abc'),
    lambda: bytes(b'x', 'utf-8'),
    lambda: bytes(1.5),
    lambda: bytes([300]),
    lambda: bytes([-1]),
    lambda: bytes(['a']),
    lambda: bytes(-1),
    lambda: bytes(b'a', errors='x'),
    lambda: bytes('a', 'ascii', 'strict', 1),
    lambda: bytes(x=1),
    lambda: bytes('a', 1),
    lambda: bytes('a', 'nope'),
    lambda: bytes(encoding='utf-8'),
    lambda: bytes(None),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
