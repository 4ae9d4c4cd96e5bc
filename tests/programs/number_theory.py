# Big-integer and exact-fraction arithmetic: factorials, primes, modular
# exponentiation, a toy RSA, continued fractions, and pi to many digits.
import math


def primes():
    """An unbounded incremental sieve."""
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def show_factors(factors):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(factors.items()))


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m


def continued_fraction(num, den):
    while den:
        q, r = divmod(num, den)
        yield q
        num, den = den, r


def convergents(terms):
    h0, h1 = 0, 1
    k0, k1 = 1, 0
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield h1, k1


def pi_digits(n):
    """Machin's formula in fixed-point integer arithmetic."""
    scale = 10 ** (n + 10)

    def arctan_inv(x):
        total = term = scale // x
        k, sign = 3, -1
        x2 = x * x
        while term:
            term //= x2
            total += sign * (term // k)
            sign, k = -sign, k + 2
        return total

    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return str(pi // 10 ** 10)


def digit_sum(n):
    return sum(int(c) for c in str(n))


print("first primes:", take(15, primes()))
gen = primes()
for _ in range(999):
    next(gen)
print("1000th prime:", next(gen))
print("primes below 100:", sum(1 for p in take(30, primes()) if p < 100))

f100 = math.factorial(100)
print("100! has", len(str(f100)), "digits, digit sum", digit_sum(f100), "trailing zeros", len(str(f100)) - len(str(f100).rstrip("0")))
print("2**256 =", 2 ** 256)
print("2**256 hex:", hex(2 ** 256 - 1)[:20] + "...", "bits:", (2 ** 256 - 1).bit_length())
print("-7 // 2, -7 % 2, divmod(-7, 2):", -7 // 2, -7 % 2, divmod(-7, 2))
big = 3 ** 200
print("3**200 mod 1000007:", big % 1000007, pow(3, 200, 1000007))
print("(3**200) // (2**300):", big // 2 ** 300)
print("gcd(2**120 - 1, 2**90 - 1) == 2**30 - 1:", math.gcd(2 ** 120 - 1, 2 ** 90 - 1) == 2 ** 30 - 1)

for n in [360, 1001, 2 ** 32 + 1, 600851475143, 97 * 89 * 89]:
    print(f"{n:>14} = {show_factors(factorize(n))}")

mersenne = [p for p in take(20, primes()) if is_probable_prime(2 ** p - 1)]
print("Mersenne exponents:", mersenne)
print("2**127-1 prime:", is_probable_prime(2 ** 127 - 1), " 2**128+1 prime:", is_probable_prime(2 ** 128 + 1))

# A toy RSA key with two known primes.
p, q = 1000000007, 998244353
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("n =", n, "d =", d)
message = 0
for ch in "refcnt":
    message = message * 256 + ord(ch)
cipher = pow(message, e, n)
plain = pow(cipher, d, n)
chars = []
while plain:
    plain, c = divmod(plain, 256)
    chars.append(chr(c))
print("rsa:", message, "->", cipher, "->", "".join(reversed(chars)))
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)

cf = list(continued_fraction(415, 93))
print("415/93 =", cf, list(convergents(cf)))
sqrt2 = [1] + [2] * 20
approx = list(convergents(sqrt2))
num, den = approx[-1]
print(f"sqrt(2) ~ {num}/{den} = {num / den:.15f} error {abs(num / den - math.sqrt(2)):.2e}")
golden = list(convergents([1] * 30))[-1]
print("golden ratio ~", golden, golden[0] / golden[1])

digits = pi_digits(100)
print("pi =", digits[0] + "." + digits[1:])
print("digit counts:", {d: digits.count(d) for d in "0123456789"})

lengths = {}
for start in range(1, 3000):
    x, steps = start, 0
    while x != 1:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
    lengths[start] = steps
best = max(lengths, key=lengths.get)
print("longest Collatz below 3000:", best, lengths[best])
print("perfect numbers:", [n for n in range(2, 1000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n])
print("harmonic H(30) as fraction:", end=" ")
num, den = 0, 1
for k in range(1, 31):
    num, den = num * k + den, den * k
    g = math.gcd(num, den)
    num, den = num // g, den // g
print(f"{num}/{den}", f"~ {num / den:.6f}")
print(f"{2 ** 64:,}", f"{-(10 ** 20):_}", f"{255:#x} {255:#o} {255:#b}", int("ff", 16), int("-0b1010", 0))
