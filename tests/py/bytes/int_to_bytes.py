print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (1).to_bytes())
print((0).to_bytes(0, 'big'), (-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'little', signed=True), (255).to_bytes(1, 'big'))
print((2**100).to_bytes(13, 'big'), (-2**70).to_bytes(10, 'little', signed=True), (5).to_bytes(length=2, signed=True), True.to_bytes(2, 'little'))
for x, n, s in [(128, 1, True), (-129, 1, True), (1, 0, False), (-1, 0, True), (0, 0, True), (2**64, 8, False), (-2, 0, True)]:
    try:
        print(x.to_bytes(n, 'big', signed=s))
    except OverflowError as e:
        print('OverflowError', e)
for f in [lambda: (1).to_bytes(-1), lambda: (256).to_bytes(1), lambda: (-1).to_bytes(1), lambda: (1).to_bytes(1, 'mid'),
          lambda: (1).to_bytes(1, 'big', True), lambda: (1).to_bytes('a'), lambda: (1).to_bytes(1, 2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
