# Nested loops with int arithmetic, comparisons and local variables.
def work(n):
    total = 0
    i = 0
    while i < n:
        j = 0
        while j < 100:
            total = (total + i * j) % 1000003
            j += 1
        i += 1
    return total


def sieve_count(limit):
    flags = [True] * (limit + 1)
    count = 0
    for p in range(2, limit + 1):
        if flags[p]:
            count += 1
            for m in range(p * p, limit + 1, p):
                flags[m] = False
    return count


print(work(20000), sieve_count(1000000))
