def f():
	x = {}
	return x["tab"]

f()
