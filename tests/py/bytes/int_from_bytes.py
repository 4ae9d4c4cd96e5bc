print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x01' + bytes(12), 'big'))
print(int.from_bytes(b'\x00\x80', 'little', signed=True), int.from_bytes(b'', 'big'), int.from_bytes(b'', 'big', signed=True))
print(bool.from_bytes(b'\x01', 'big'), bool.from_bytes(b'\x00'), int.from_bytes(bytes([255] * 20), 'big', signed=True), int.from_bytes(b'\x01\x00'))
print(int.from_bytes([1, 2]), int.from_bytes((255,), 'little', signed=True), int.from_bytes(b'a', signed=1, byteorder='little'))
x = 2**200 - 12345
print(int.from_bytes(x.to_bytes(30, 'little'), 'little') == x, int.from_bytes((-x).to_bytes(30, 'big', signed=True), 'big', signed=True) == -x)
for f in [lambda: int.from_bytes('ab'), lambda: int.from_bytes(b'a', 'x'), lambda: int.from_bytes(), lambda: int.from_bytes([1, 300]),
          lambda: int.from_bytes(1.5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
