import sys
print(sys.getsizeof(b''), sys.getsizeof(b'a'), sys.getsizeof(b'abc'), sys.getsizeof(bytes(100)))
print(b'abc'.__sizeof__())
