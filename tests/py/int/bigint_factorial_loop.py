# factorial(40) computed by a loop.
n = 1
i = 1
while i <= 40:
    n = n * i
    i = i + 1
print(n)
print(n // (2 ** 38), n % 1000000007)
