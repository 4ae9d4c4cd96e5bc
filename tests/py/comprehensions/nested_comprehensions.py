matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print({i: {j for j in range(i)} for i in range(4)})
print(sum(sum(x for x in row) for row in matrix))
