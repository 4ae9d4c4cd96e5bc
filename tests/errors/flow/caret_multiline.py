def compute(a,
            b):
    return a / b

total = compute(
    1,
    0,
)
