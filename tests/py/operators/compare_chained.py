# Chained comparisons: a < b < c means a < b and b < c, b evaluated once.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3)
print(1 == 1 == 1, 1 == 1 != 2, 3 > 2 > 1 > 0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2)
n = 0
def middle():
    global n
    n = n + 1
    return 5
print(1 < middle() < 10, n)
print(10 < middle() < 20, n)
