d = {}
del d["gone"]
