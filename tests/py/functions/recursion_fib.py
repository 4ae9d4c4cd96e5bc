# Recursive Fibonacci.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
for n in range(15):
    print(n, fib(n))
print(fib(22))
