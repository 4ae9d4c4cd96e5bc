# Messages for operators a class does not support.
class A:
    pass

a = A()
tests = [
    lambda: a + 1,
    lambda: 1 - a,
    lambda: a * a,
    lambda: a / 2,
    lambda: a // 2,
    lambda: a % 2,
    lambda: a ** 2,
    lambda: a & 1,
    lambda: a | 1,
    lambda: a ^ 1,
    lambda: a << 1,
    lambda: a >> 1,
    lambda: a @ a,
    lambda: -a,
    lambda: +a,
    lambda: ~a,
    lambda: abs(a),
    lambda: a < 1,
    lambda: a >= a,
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
