print(bytes(), bytes(3), bytes(0), bytes([1, 2, 255]), bytes(range(5)), bytes(b'xy'))
print(bytes('héllo', 'utf-8'), bytes('abc', 'ascii'), bytes('é', 'latin-1'), bytes('x', encoding='utf-8', errors='strict'))
print(bytes(True), bytes((1, 2)), bytes(iter([3, 4])), bytes('', 'ascii'), bytes(source=[65]))
print(type(bytes()), bytes.__name__, isinstance(b'', bytes))
a = b'abc'
print(bytes(a) is a)
