# Nested blocks with mixed indentation widths per block.
def f(n):
    if n > 0:
        for i in range(n):
          if i % 2 == 0:
                print("even", i)
          else:
             print("odd", i)
    else:
        print("none")
    return n


f(3)
f(0)
