def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
a = make_counter()
b = make_counter()
print(a(), a(), a(5), b())
