import functools

def compare(a, b):
    return (a > b) - (a < b)

def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return compare(b, a)

words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse)))
print(sorted([5, 2, 9, 1], key=functools.cmp_to_key(lambda a, b: b - a)))
K = functools.cmp_to_key(compare)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(2) >= K(3), K(2) == K(2))

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version(2), Version(1, 5), Version(1, 2, 3)]))
print(max(Version(3), Version(1)), min(Version(3), Version(1)))

@functools.total_ordering
class Rank:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __ge__(self, other):
        return self.n >= other.n
print(Rank(1) < Rank(2), Rank(2) <= Rank(2), Rank(3) > Rank(1), Rank(1) >= Rank(2))

try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)
