# Unpacking from tuples, lists, strings and ranges.
a, b = 1, 2
(c, d) = [3, 4]
[e, f] = "ef"
g, h, i = range(3)
print(a, b, c, d, e, f, g, h, i)
