import bisect

a = [1, 2, 2, 2, 4, 7, 7, 9]
for x in [0, 1, 2, 3, 7, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 7, 0, 5))
print(bisect.bisect_left(a, 7, lo=1, hi=6), bisect.bisect(a, 5, hi=3))

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

try:
    bisect.bisect_left(a, 3, -1)
except ValueError as e:
    print('ValueError', e)
try:
    bisect.insort(a, 3, lo=-2)
except ValueError as e:
    print('ValueError', e)
