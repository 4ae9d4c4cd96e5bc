def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(ord('a'), ord('é'), ord('€'), ord('😀'), chr(97), chr(233), chr(0x1F600), repr(chr(0)))
t(lambda: ord('ab'))
t(lambda: ord(''))
t(lambda: ord(1))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr('a'))
t(lambda: chr(2**70))
