# Sieve of Eratosthenes and a few facts about the primes found.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for m in range(p * p, limit + 1, p):
                is_prime[m] = False
        p += 1
    primes = []
    for n, flag in enumerate(is_prime):
        if flag:
            primes.append(n)
    return primes

primes = sieve(10000)
print(len(primes), primes[:10], primes[-3:])
twins = 0
for i in range(1, len(primes)):
    if primes[i] - primes[i - 1] == 2:
        twins += 1
print("twin pairs:", twins)
gaps = {}
for i in range(1, len(primes)):
    g = primes[i] - primes[i - 1]
    gaps[g] = gaps.get(g, 0) + 1
print(sorted(gaps.items())[:6], max(gaps))
