import collections

d = collections.deque([1, 2])
print(d, len(d), d[0], d[-1], 2 in d, 5 in d)
d.append(3)
d.appendleft(0)
d.extend([4, 5])
d.extendleft('ba')
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(list(reversed(d)), d.count(1), d.index(3))
d[1] = 'X'
del d[0]
d.insert(1, 'I')
d.remove(3)
print(d)
d.reverse()
print(d)
d.clear()
print(d, bool(d), len(d))
m = collections.deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
m.appendleft(-1)
print(m)
print(collections.deque(), collections.deque(maxlen=2), collections.deque('ab', maxlen=0))
print(collections.deque([1, 2]) + collections.deque([3]), collections.deque([1]) * 3)
print(collections.deque([1, 2]) == collections.deque([1, 2]), collections.deque([1, 2]) < collections.deque([1, 3]), collections.deque([1]) == [1])
big = collections.deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
for i in range(300):
    big.pop()
    big.popleft()
print(len(big), big[0], big[-1], sum(big))
q = collections.deque([(0, 'start')])
seen = []
while q:
    depth, name = q.popleft()
    seen.append(name)
    if depth < 2:
        q.extend([(depth + 1, name + 'L'), (depth + 1, name + 'R')])
print(seen)
for expr in ["collections.deque().pop()", "collections.deque().popleft()", "collections.deque([1]).remove(2)",
             "collections.deque([1], maxlen=-1)", "collections.deque([1], maxlen=1).insert(0, 2)",
             "collections.deque([1])[5]", "collections.deque([1])['a']", "collections.deque([1]).index(3)",
             "collections.deque([1]) + [2]"]:
    try:
        eval(expr)
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
dm = collections.deque([1, 2, 3])
try:
    for v in dm:
        dm.append(v)
except RuntimeError as e:
    print('RuntimeError:', e)
