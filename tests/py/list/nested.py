# Nested lists share references; a grid built in a loop does not.
row = [0] * 3
grid = [row] * 2
grid[0][0] = 1
print(grid)
grid2 = []
for i in range(3):
    grid2.append([0] * 3)
grid2[1][2] = 5
print(grid2, grid2[1][2])
