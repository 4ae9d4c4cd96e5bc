# append, extend and insert, including out-of-range insert positions.
a = [1]
a.append(2)
a.extend([3, 4])
a.extend((5,))
a.extend("ab")
print(a)
b = [1, 2, 3]
b.insert(0, "first")
b.insert(-1, "before-last")
b.insert(100, "end")
b.insert(-100, "start")
print(b)
c = [1]
c.extend(c)
print(c)
