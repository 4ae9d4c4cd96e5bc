# Evaluate reverse Polish notation with a list as the stack.
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ("+", "-", "*", "/", "//", "%", "**"):
            if len(stack) < 2:
                raise ValueError("stack underflow at " + repr(tok))
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            elif tok == "/":
                stack.append(a / b)
            elif tok == "//":
                stack.append(a // b)
            elif tok == "%":
                stack.append(a % b)
            else:
                stack.append(a ** b)
        else:
            stack.append(int(tok))
    if len(stack) != 1:
        raise ValueError("leftover operands: " + str(stack))
    return stack[0]

for expr in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 ** **", "7 2 /", "-7 2 //", "2 100 **",
             "1 +", "1 2", "4 0 /", "x 1 +"]:
    try:
        print(expr, "=", rpn(expr))
    except (ValueError, ZeroDivisionError) as e:
        print(expr, "->", type(e).__name__, e)
