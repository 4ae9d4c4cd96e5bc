# The loop variable keeps its last value after the loop.
for i in range(5):
    pass
print(i)
for i in []:
    pass
print(i)
