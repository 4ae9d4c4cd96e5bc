# Iterative and recursive binary search over a sorted list.
def search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def search_rec(items, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return search_rec(items, target, mid + 1, hi)
    return search_rec(items, target, lo, mid - 1)

data = list(range(0, 2000, 3))
for t in [0, 3, 999, 1000, 1998, 1999, -1]:
    print(t, search(data, t), search_rec(data, t, 0, len(data) - 1))
