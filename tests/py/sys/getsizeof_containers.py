# Container sizes match CPython 3.11's 64-bit layouts.
import sys
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(()), sys.getsizeof((1, 2)))
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof(list(range(10))))
print(sys.getsizeof((1,)), sys.getsizeof(tuple(range(10))))
