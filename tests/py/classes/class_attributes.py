# Class attributes are shared until an instance shadows them.
class Counter:
    count = 0
    label = "counter"

a = Counter()
b = Counter()
print(a.count, b.count, Counter.count)
Counter.count = 5
print(a.count, b.count)
a.count = 10
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
print(Counter.label, a.label)
