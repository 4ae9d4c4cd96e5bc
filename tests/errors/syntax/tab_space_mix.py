# Tabs and spaces used inconsistently for one block.
if True:
        x = 1
	y = 2
