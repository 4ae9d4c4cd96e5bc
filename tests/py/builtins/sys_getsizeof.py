import sys
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(()), sys.getsizeof({}))
print(sys.getsizeof(1.5), sys.getsizeof(None))
class A:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(A())
except ValueError as e:
    print(type(e).__name__, e)
class B:
    def __sizeof__(self):
        return 'a'
try:
    sys.getsizeof(B())
except TypeError as e:
    print(type(e).__name__, e)
print(sys.getsizeof(B(), 7))
