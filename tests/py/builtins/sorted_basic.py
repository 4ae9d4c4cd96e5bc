def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([3, 1, 2]), sorted('cab'), sorted((2, 1)), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len))
print(sorted({'b': 1, 'a': 2}), sorted([1, 2, 3], key=lambda x: -x, reverse=True))
l = [2, 1]
s = sorted(l)
print(l, s, s is l)
t(lambda: sorted())
t(lambda: sorted([], foo=1))
t(lambda: sorted([1, 'a']))
