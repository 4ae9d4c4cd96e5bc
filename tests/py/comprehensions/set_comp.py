print({x % 4 for x in range(20)})
print(sorted({w[0] for w in ["ant", "bee", "ape", "cow"]}))
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(type({x for x in ""}).__name__)
