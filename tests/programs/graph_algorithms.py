# Graph algorithms: BFS, DFS, topological sort, Dijkstra with a hand-made heap,
# connected components, cycle detection and minimum spanning trees.

class MinHeap:
    def __init__(self):
        self.data = []

    def push(self, item):
        data = self.data
        data.append(item)
        i = len(data) - 1
        while i and data[(i - 1) >> 1] > data[i]:
            p = (i - 1) >> 1
            data[p], data[i] = data[i], data[p]
            i = p

    def pop(self):
        data = self.data
        top = data[0]
        last = data.pop()
        if data:
            data[0] = last
            i, n = 0, len(data)
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < n and data[l] < data[m]:
                    m = l
                if r < n and data[r] < data[m]:
                    m = r
                if m == i:
                    break
                data[i], data[m] = data[m], data[i]
                i = m
        return top

    def __bool__(self):
        return bool(self.data)


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = {}

    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, {})[v] = w
        self.adj.setdefault(v, {})
        if not self.directed:
            self.adj[v][u] = w

    @classmethod
    def parse(cls, text, directed=False):
        g = cls(directed)
        for part in text.split(","):
            part = part.strip()
            if not part:
                continue
            edge, _, weight = part.partition(":")
            u, v = edge.split("-")
            g.add_edge(u, v, int(weight) if weight else 1)
        return g

    def nodes(self):
        return sorted(self.adj)

    def neighbours(self, u):
        return sorted(self.adj[u])

    def edges(self):
        seen = set()
        for u in self.nodes():
            for v in self.neighbours(u):
                if self.directed or (v, u) not in seen:
                    seen.add((u, v))
                    yield u, v, self.adj[u][v]

    def bfs(self, start):
        order, dist = [], {start: 0}
        queue = [start]
        head = 0
        while head < len(queue):
            u = queue[head]
            head += 1
            order.append(u)
            for v in self.neighbours(u):
                if v not in dist:
                    dist[v] = dist[u] + 1
                    queue.append(v)
        return order, dist

    def dfs(self, start, seen=None):
        """Yield nodes in depth-first preorder (recursive generator)."""
        if seen is None:
            seen = set()
        seen.add(start)
        yield start
        for v in self.neighbours(start):
            if v not in seen:
                yield from self.dfs(v, seen)

    def dfs_iterative(self, start):
        seen, stack, order = set(), [start], []
        while stack:
            u = stack.pop()
            if u in seen:
                continue
            seen.add(u)
            order.append(u)
            stack.extend(reversed(self.neighbours(u)))
        return order

    def components(self):
        seen = set()
        result = []
        for u in self.nodes():
            if u not in seen:
                comp = list(self.dfs(u, seen))
                result.append(sorted(comp))
        return result

    def dijkstra(self, source):
        dist = {source: 0}
        prev = {}
        heap = MinHeap()
        heap.push((0, source))
        done = set()
        while heap:
            d, u = heap.pop()
            if u in done:
                continue
            done.add(u)
            for v, w in self.adj[u].items():
                nd = d + w
                if v not in dist or nd < dist[v]:
                    dist[v] = nd
                    prev[v] = u
                    heap.push((nd, v))
        return dist, prev

    def shortest_path(self, a, b):
        dist, prev = self.dijkstra(a)
        if b not in dist:
            return None, float("inf")
        path = [b]
        while path[-1] != a:
            path.append(prev[path[-1]])
        return path[::-1], dist[b]

    def topo_sort(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        ready = MinHeap()
        for u, d in indeg.items():
            if d == 0:
                ready.push(u)
        order = []
        while ready:
            u = ready.pop()
            order.append(u)
            for v in self.adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    ready.push(v)
        if len(order) != len(self.adj):
            stuck = sorted(u for u, d in indeg.items() if d > 0)
            raise ValueError(f"graph has a cycle through {stuck}")
        return order

    def mst_kruskal(self):
        parent = {u: u for u in self.adj}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        tree = []
        for u, v, w in sorted(self.edges(), key=lambda e: (e[2], e[0], e[1])):
            ru, rv = find(u), find(v)
            if ru != rv:
                parent[ru] = rv
                tree.append((u, v, w))
        return tree


roads = Graph.parse("""
    A-B:7, A-C:9, A-F:14, B-C:10, B-D:15, C-D:11, C-F:2, D-E:6, E-F:9,
    G-H:3, H-I:4, G-I:10
""")
print("nodes:", roads.nodes())
print("edges:", len(list(roads.edges())))
order, dist = roads.bfs("A")
print("bfs from A:", order, dist)
print("dfs from A:", list(roads.dfs("A")))
print("dfs iterative:", roads.dfs_iterative("A"))
print("components:", roads.components())
dist, prev = roads.dijkstra("A")
for node in sorted(dist):
    print(f"  A -> {node}: {dist[node]:>3}")
for a, b in [("A", "E"), ("B", "F"), ("E", "B"), ("A", "H"), ("G", "I")]:
    path, cost = roads.shortest_path(a, b)
    shown = " -> ".join(path) if path else "unreachable"
    print(f"path {a}..{b}: {shown} (cost {cost})")
tree = roads.mst_kruskal()
print("mst:", tree, "weight", sum(w for *_, w in tree))

deps = Graph.parse("""
    shirt-tie, tie-jacket, trousers-shoes, trousers-belt, belt-jacket,
    shirt-belt, socks-shoes, undershorts-trousers, undershorts-shoes
""", directed=True)
deps.add_edge("watch", "watch_strap")
print("dress order:", deps.topo_sort())
deps.add_edge("jacket", "shirt")
try:
    deps.topo_sort()
except ValueError as e:
    print("error:", e)

# A grid maze solved with BFS on an implicit graph.
MAZE = [
    "S.#.......",
    ".##.####.#",
    "....#....#",
    "##.##.##.#",
    "...#...#..",
    ".#...#.##.",
    ".####.....",
    "......##.E",
]


def maze_graph(rows):
    g = Graph()
    for y, row in enumerate(rows):
        for x, ch in enumerate(row):
            if ch == "#":
                continue
            g.adj.setdefault((x, y), {})
            for dx, dy in ((1, 0), (0, 1)):
                nx, ny = x + dx, y + dy
                if ny < len(rows) and nx < len(row) and rows[ny][nx] != "#":
                    g.add_edge((x, y), (nx, ny))
    return g


def find(rows, ch):
    return next((x, y) for y, row in enumerate(rows) for x, c in enumerate(row) if c == ch)


mg = maze_graph(MAZE)
start, end = find(MAZE, "S"), find(MAZE, "E")
path, cost = mg.shortest_path(start, end)
print("maze path length:", cost, "cells visited by bfs:", len(mg.bfs(start)[0]))
on_path = set(path)
for y, row in enumerate(MAZE):
    print("".join("*" if (x, y) in on_path and ch == "." else ch for x, ch in enumerate(row)))

h = MinHeap()
for x in [5, 1, 8, 3, 9, 2, 7]:
    h.push(x)
print([h.pop() for _ in range(7)])
