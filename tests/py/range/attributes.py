# start, stop and step.
r = range(3, 30, 7)
print(r.start, r.stop, r.step, range(4).start, range(4).step)
