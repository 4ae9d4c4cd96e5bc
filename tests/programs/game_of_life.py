# Conway's Game of Life on a finite torus and on an unbounded set of cells.
import random


class Grid:
    def __init__(self, width, height, alive=()):
        self.width = width
        self.height = height
        self.cells = [[False] * width for _ in range(height)]
        for x, y in alive:
            self.cells[y % height][x % width] = True
        self.generation = 0

    @classmethod
    def from_text(cls, text):
        rows = [line for line in text.strip("\n").split("\n")]
        width = max(len(r) for r in rows)
        alive = [(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch == "#"]
        return cls(width, len(rows), alive)

    @classmethod
    def random(cls, width, height, density):
        alive = [(x, y) for y in range(height) for x in range(width) if random.random() < density]
        return cls(width, height, alive)

    def neighbours(self, x, y):
        count = 0
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dx or dy:
                    if self.cells[(y + dy) % self.height][(x + dx) % self.width]:
                        count += 1
        return count

    def step(self):
        nxt = [[False] * self.width for _ in range(self.height)]
        for y in range(self.height):
            for x in range(self.width):
                n = self.neighbours(x, y)
                nxt[y][x] = n == 3 or (n == 2 and self.cells[y][x])
        self.cells = nxt
        self.generation += 1

    def population(self):
        return sum(row.count(True) for row in self.cells)

    def __str__(self):
        return "\n".join("".join("#" if c else "." for c in row) for row in self.cells)

    def key(self):
        return tuple(tuple(row) for row in self.cells)

    def __eq__(self, other):
        return isinstance(other, Grid) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())


def run(grid, steps):
    """Yield the grid after each generation."""
    for _ in range(steps):
        grid.step()
        yield grid


def find_cycle(grid, limit):
    seen = {grid.key(): 0}
    for g in run(grid, limit):
        k = g.key()
        if k in seen:
            return seen[k], g.generation - seen[k]
        seen[k] = g.generation
    return None


def sparse_step(alive):
    counts = {}
    for (x, y) in alive:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = (x + dx, y + dy)
                    counts[p] = counts.get(p, 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in alive)}


def bounds(alive):
    xs = [x for x, _ in alive]
    ys = [y for _, y in alive]
    return min(xs), min(ys), max(xs), max(ys)


def render(alive):
    x0, y0, x1, y1 = bounds(alive)
    return "\n".join(
        "".join("#" if (x, y) in alive else "." for x in range(x0, x1 + 1))
        for y in range(y0, y1 + 1))


BLINKER = """
.....
..#..
..#..
..#..
.....
"""

GLIDER = """
.#......
..#.....
###.....
........
........
........
"""

TOAD = """
......
......
..###.
.###..
......
......
"""

for name, text in [("blinker", BLINKER), ("toad", TOAD)]:
    g = Grid.from_text(text)
    print(f"{name}: population {g.population()}")
    print(g)
    for state in run(g, 2):
        print(f"-- generation {state.generation}, population {state.population()}")
        print(state)
    print("cycle:", find_cycle(Grid.from_text(text), 10))

g = Grid.from_text(GLIDER)
positions = []
for state in run(g, 24):
    cells = [(x, y) for y, row in enumerate(state.cells) for x, c in enumerate(row) if c]
    positions.append(min(cells))
print("glider track:", positions[3::4])
print(g)
print("glider cycle on 8x6 torus:", find_cycle(Grid.from_text(GLIDER), 100))

random.seed(2024)
soup = Grid.random(16, 8, 0.35)
print("soup:")
print(soup)
history = [soup.population()]
for state in run(soup, 30):
    history.append(state.population())
print("populations:", history)
print("max %d at generation %d, min %d" % (max(history), history.index(max(history)), min(history)))
print(soup)

# The R-pentomino on an unbounded plane.
r = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
sizes = []
for gen in range(1, 61):
    r = sparse_step(r)
    sizes.append(len(r))
print("r-pentomino sizes every 10:", sizes[9::10])
print("bounds after 60:", bounds(r))

glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
start = min(glider)
for _ in range(8):
    glider = sparse_step(glider)
print("glider moved by", tuple(a - b for a, b in zip(min(glider), start)))
print(render(glider))

block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print("block still life:", sparse_step(block) == block)
beehive = {(1, 0), (2, 0), (0, 1), (3, 1), (1, 2), (2, 2)}
print("beehive still life:", sparse_step(beehive) == beehive)
dead = sparse_step({(0, 0), (5, 5)})
print("lonely cells die:", dead == set(), len(dead))
print(len({Grid.from_text(BLINKER), Grid.from_text(BLINKER), Grid.from_text(TOAD)}))
