# Exceptions compare by identity and are hashable.
a = ValueError("x")
b = ValueError("x")
print(a == b, a == a)
d = {a: 1}
print(d[a])
print(ValueError == ValueError, ValueError is not KeyError)
