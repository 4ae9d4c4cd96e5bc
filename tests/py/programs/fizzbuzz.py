# FizzBuzz, collected then printed in rows of ten.
out = []
for i in range(1, 101):
    if i % 15 == 0:
        out.append("FizzBuzz")
    elif i % 3 == 0:
        out.append("Fizz")
    elif i % 5 == 0:
        out.append("Buzz")
    else:
        out.append(str(i))
for start in range(0, 100, 10):
    print(" ".join(out[start:start + 10]))
