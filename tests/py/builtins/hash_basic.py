def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(hash(1), hash(-1), hash(0), hash(True), hash(2**61 - 1), hash(2**61))
print(hash(1.0) == hash(1), hash(0.5), hash(()) == hash(()))
print(hash('') , hash((1, 2)))
t(lambda: hash([]))
t(lambda: hash({}))
