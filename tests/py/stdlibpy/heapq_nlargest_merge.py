import heapq
import random

rng = random.Random(42)
nums = [rng.randrange(100) for _ in range(40)]
print(nums)
for n in (0, 1, 3, 10, 50):
    print(n, heapq.nsmallest(n, nums), heapq.nlargest(n, nums))
    print(n, heapq.nsmallest(n, iter(nums)), heapq.nlargest(n, iter(nums)))

words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date', 'plum', 'cherry']
print(heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(3, words, key=len))
print(heapq.nlargest(4, words, key=lambda w: w[-1]))
print(heapq.nsmallest(2, [], key=len), heapq.nlargest(1, []))

a = [1, 4, 7, 10]
b = [2, 4, 5, 11, 12]
c = []
d = [0, 13]
print(list(heapq.merge(a, b, c, d)))
print(list(heapq.merge(a[::-1], b[::-1], d[::-1], reverse=True)))
pairs1 = [(1, 'a'), (3, 'b'), (3, 'c')]
pairs2 = [(2, 'x'), (3, 'y'), (9, 'z')]
print(list(heapq.merge(pairs1, pairs2, key=lambda p: p[0])))
print(list(heapq.merge(pairs2[::-1], pairs1[::-1], key=lambda p: p[0], reverse=True)))
print(list(heapq.merge(['apple', 'fig'], ['kiwi', 'banana'], key=len)))
print(list(heapq.merge()))
