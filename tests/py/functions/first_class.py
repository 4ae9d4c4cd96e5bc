# Functions are values: passed, stored and compared.
def double(x):
    return x * 2
def apply(fn, values):
    out = []
    for v in values:
        out.append(fn(v))
    return out
table = {"double": double, "str": str}
print(apply(double, [1, 2, 3]), apply(table["str"], [4, 5]))
alias = double
print(alias is double, alias(21), double.__name__)
print(type(double).__name__, type(len).__name__)
