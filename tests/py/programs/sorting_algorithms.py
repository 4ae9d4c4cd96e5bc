# Bubble sort and insertion sort, checked against sorted().
def bubble(items):
    a = list(items)
    n = len(a)
    swaps = 0
    while True:
        swapped = False
        for i in range(1, n):
            if a[i - 1] > a[i]:
                a[i - 1], a[i] = a[i], a[i - 1]
                swapped = True
                swaps += 1
        n -= 1
        if not swapped:
            break
    return a, swaps

def insertion(items):
    a = list(items)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

seed = 12345
data = []
for i in range(30):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 100)
print(data)
b, swaps = bubble(data)
print(b, swaps)
print(insertion(data) == b == sorted(data))
print(insertion(["pear", "fig", "apple"]), bubble([])[0], insertion([1]))
