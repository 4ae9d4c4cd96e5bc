def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2**70))
print(hex(True))
t(lambda: hex(1.5))
t(lambda: bin('a'))
t(lambda: oct())
