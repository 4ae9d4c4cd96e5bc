print(ord(b'a'), ord(b'\xff'), ord(b'\x00'))
for b in [b'ab', b'']:
    try:
        ord(b)
    except TypeError as e:
        print(e)
