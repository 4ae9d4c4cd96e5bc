f = lambda x: x["k"]
print(f({}))
