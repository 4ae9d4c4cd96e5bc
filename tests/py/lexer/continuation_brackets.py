# Implicit line joining inside (), [] and {}.
values = [
    1,
    2,   # comments are allowed here
    3,
]
pairs = {
    'a': 1,
        'b': 2,
}
total = (1 +
         2 +
    3)
print(values, pairs, total)
print(max(4,
          9,
  7))
