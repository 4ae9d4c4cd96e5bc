# Catching many exceptions in a loop keeps going.
count = 0
errors = {}
for i in range(-3, 4):
    try:
        r = 6 // i
        if r < 0:
            raise ValueError(str(r))
    except ZeroDivisionError:
        errors["zero"] = errors.get("zero", 0) + 1
    except ValueError as e:
        errors["neg"] = errors.get("neg", 0) + 1
    else:
        count += 1
print(count, errors)
