# Each branch of an if/elif/else chain.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in (-5, 0, 3, 42):
    print(n, classify(n))
if []:
    print("not printed")
elif "":
    print("not printed either")
else:
    print("falsy containers")
