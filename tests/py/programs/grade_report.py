# Builtins in a small report: zip, enumerate, min, max, sum, sorted, reversed.
names = ["ann", "bob", "cy", "dee"]
scores = [[90, 85, 77], [60, 75, 80], [100, 95, 98], [70, 65, 90]]
averages = []
for name, marks in zip(names, scores):
    averages.append((sum(marks) / len(marks), name))
for rank, (avg, name) in enumerate(sorted(averages, reverse=True), 1):
    print(rank, name, round(avg, 2))
best = max(averages)
worst = min(averages)
print("best", best[1], "worst", worst[1])
print(list(reversed(names)), sum([1, 2, 3], 10), max([3, 9, 2], key=abs), min("b", "a", "c"))
columns = list(zip(scores[0], scores[1], scores[2], scores[3]))
print(columns, max(columns[2]))
print(divmod(sum(scores[2]), 3), abs(-7), pow(2, 8), len(names))
