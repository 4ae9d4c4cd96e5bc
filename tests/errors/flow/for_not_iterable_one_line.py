total = 0
for x in len: total += x
