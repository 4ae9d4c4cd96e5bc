# helper: imported by other tests
print("helper_bad runs")
x = 1 / 0
