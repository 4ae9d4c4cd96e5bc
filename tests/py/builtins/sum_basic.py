def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(101)))
print(sum([0.1] * 10), sum([1, 2.5]), sum([[1], [2]], []))
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1]))
print(sum([1, 2], start=5))
t(lambda: sum(['a'], ''))
t(lambda: sum(['a', 'b']))
t(lambda: sum())
t(lambda: sum([], 1, 2))
