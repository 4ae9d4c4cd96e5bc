# Membership on every container.
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print("ell" in "hello", "" in "abc", "z" not in "abc")
print(1 in (1, 2), "a" in {"a": 1}, 1 in {"a": 1})
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(not 1 in [1], (not 1) in [1])
