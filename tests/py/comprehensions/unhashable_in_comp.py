try:
    {[x] for x in range(2)}
except TypeError as e:
    print(e)
try:
    {[k]: 1 for k in range(2)}
except TypeError as e:
    print(e)
