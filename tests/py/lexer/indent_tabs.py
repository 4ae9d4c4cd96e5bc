# A tab advances to the next multiple of 8, consistently used.
if True:
	x = 1
	if x:
		print("tab", x)
print("end")
