x = "before"
result = [x for x in range(3)]
print(x, result)
try:
    [y for y in range(2)]
    print(y)
except NameError as e:
    print(e)
k = 10
print({k: k for k in range(2)}, k)
