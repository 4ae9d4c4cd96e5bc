import bisect

s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(s, x)
    print(s)

t = [1, 3, 5]
bisect.insort_left(t, 3)
bisect.insort_right(t, 4)
bisect.insort(t, 0, 0, 0)
print(t)

records = [('amy', 21), ('bob', 25), ('cat', 25), ('dan', 30)]
age = lambda r: r[1]
print(bisect.bisect_left(records, 25, key=age), bisect.bisect_right(records, 25, key=age))
print(bisect.bisect(records, 99, key=age), bisect.bisect_left(records, 0, key=age))
bisect.insort(records, ('eve', 25), key=age)
bisect.insort_left(records, ('fay', 25), key=age)
bisect.insort_right(records, ('gus', 18), key=age)
print(records)
print(bisect.bisect_left(records, 25, 3, key=age))
