first = 1
second = None
print(first * 2 + (second or 0) + second)
