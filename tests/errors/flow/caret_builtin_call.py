values = ["a", 1]
print(sorted(values))
