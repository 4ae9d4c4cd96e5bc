# while/else: else runs only when the loop ends without break.
n = 0
while n < 3:
    n += 1
else:
    print("else after normal end", n)
n = 0
while True:
    n += 1
    if n == 5:
        break
else:
    print("not printed")
print("broke at", n)
while False:
    pass
else:
    print("else of a loop that never ran")
