# A sudoku solver: constraint propagation plus backtracking search, with
# puzzle validation, candidate display and search statistics.

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
COLS = DIGITS


def cross(a, b):
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, COLS)
UNITS_LIST = ([cross(ROWS, c) for c in COLS] +
              [cross(r, COLS) for r in ROWS] +
              [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
UNITS = {s: [u for u in UNITS_LIST if s in u] for s in SQUARES}
PEERS = {s: set(sum(UNITS[s], [])) - {s} for s in SQUARES}


class Contradiction(Exception):
    pass


class Stats:
    def __init__(self):
        self.assignments = 0
        self.guesses = 0
        self.backtracks = 0
        self.max_depth = 0

    def __str__(self):
        return "assignments={0.assignments} guesses={0.guesses} backtracks={0.backtracks} depth={0.max_depth}".format(self)


def parse(text):
    chars = [c for c in text if c in DIGITS or c in "0."]
    if len(chars) != 81:
        raise ValueError(f"expected 81 cells, got {len(chars)}")
    return dict(zip(SQUARES, chars))


def initial(grid, stats):
    values = {s: DIGITS for s in SQUARES}
    for s, d in grid.items():
        if d in DIGITS:
            assign(values, s, d, stats)
    return values


def assign(values, s, d, stats):
    stats.assignments += 1
    for other in values[s].replace(d, ""):
        eliminate(values, s, other)
    return values


def eliminate(values, s, d):
    if d not in values[s]:
        return
    values[s] = values[s].replace(d, "")
    if not values[s]:
        raise Contradiction(f"no candidates left for {s}")
    if len(values[s]) == 1:
        only = values[s]
        for peer in PEERS[s]:
            eliminate(values, peer, only)
    for unit in UNITS[s]:
        places = [sq for sq in unit if d in values[sq]]
        if not places:
            raise Contradiction(f"no place for {d} in a unit of {s}")
        if len(places) == 1 and len(values[places[0]]) > 1:
            target = places[0]
            for other in values[target].replace(d, ""):
                eliminate(values, target, other)


def search(values, stats, depth=0):
    stats.max_depth = max(stats.max_depth, depth)
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in values[s]:
        stats.guesses += 1
        trial = dict(values)
        try:
            assign(trial, s, d, stats)
            result = search(trial, stats, depth + 1)
        except Contradiction:
            stats.backtracks += 1
            continue
        if result:
            return result
    return None


def solve(text):
    stats = Stats()
    try:
        values = initial(parse(text), stats)
        return search(values, stats), stats
    except Contradiction as e:
        return None, f"contradiction: {e}"


def board(values):
    width = 1 + max(len(values[s]) for s in SQUARES)
    line = "+".join(["-" * (width * 3)] * 3)
    out = []
    for r in ROWS:
        out.append("".join(values[r + c].center(width) + ("|" if c in "36" else "") for c in COLS))
        if r in "CF":
            out.append(line)
    return "\n".join(out)


def valid(values):
    return all(sorted(values[s] for s in unit) == list(DIGITS) for unit in UNITS_LIST)


def plain_backtrack(grid):
    """A naive solver working on a flat list, counting the calls."""
    cells = [int(c) if c in DIGITS else 0 for c in grid]
    calls = 0

    def ok(i, d):
        r, c = divmod(i, 9)
        if d in cells[r * 9:r * 9 + 9]:
            return False
        if any(cells[k * 9 + c] == d for k in range(9)):
            return False
        br, bc = r - r % 3, c - c % 3
        return all(cells[(br + y) * 9 + bc + x] != d for y in range(3) for x in range(3))

    def go(i):
        nonlocal calls
        calls += 1
        while i < 81 and cells[i]:
            i += 1
        if i == 81:
            return True
        for d in range(1, 10):
            if ok(i, d):
                cells[i] = d
                if go(i + 1):
                    return True
        cells[i] = 0
        return False

    solved = go(0)
    return ("".join(map(str, cells)) if solved else None), calls


EASY = """
003020600
900305001
001806400
008102900
700000008
006708200
002609500
800203009
005010300
"""
HARD = "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......"
BROKEN = "11..............................................................................."

print(len(SQUARES), len(UNITS_LIST), len(PEERS["C2"]), sorted(PEERS["A1"])[:6])
for name, puzzle in [("easy", EASY), ("hard", HARD)]:
    solution, stats = solve(puzzle)
    print(f"{name}: {stats}")
    print(board(solution))
    print("valid:", valid(solution))

partial = initial(parse(HARD), Stats())
print("hard after propagation only:")
print(board(partial))
print("undecided cells:", sum(len(v) > 1 for v in partial.values()),
      "candidates:", sum(len(v) for v in partial.values()))

print("broken:", solve(BROKEN)[1])
try:
    parse("123")
except ValueError as e:
    print("ValueError:", e)

flat = "".join(c for c in EASY if c.isdigit())
answer, calls = plain_backtrack(flat)
print("naive solver:", answer[:27], "calls", calls)
solved, _ = solve(EASY)
print("agree:", answer == "".join(solved[s] for s in SQUARES))
givens = sum(c != "0" for c in flat)
print(f"easy has {givens} givens ({givens / 81:.1%})")
digit_counts = {d: flat.count(d) for d in DIGITS}
print(digit_counts)
