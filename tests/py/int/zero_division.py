# Dividing an int by zero in every form.
for op in range(4):
    try:
        if op == 0:
            1 // 0
        elif op == 1:
            1 % 0
        elif op == 2:
            1 / 0
        else:
            divmod(1, 0)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
