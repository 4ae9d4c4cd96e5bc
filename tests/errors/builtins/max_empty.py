print("before")
max([])
