import sys
g = (x for x in range(100000))
lst = [x for x in range(100000)]
print(sys.getsizeof(g) < 1000, sys.getsizeof(lst) > 100000)
print(sys.getsizeof(g) < sys.getsizeof(lst))
def gen():
    for i in range(10 ** 9):
        yield i
print(sys.getsizeof(gen()) < 1000)
