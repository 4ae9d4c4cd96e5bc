# int.to_bytes and int.from_bytes.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (255).to_bytes())
print(int.from_bytes((256).to_bytes(2, 'little'), 'little'), int.from_bytes((65535).to_bytes(2), signed=True))
try:
    (1024).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
