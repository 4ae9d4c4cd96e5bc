# Truthiness of every foundation type.
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), bool(v), not v)
