# ValueError from int() inside a function.
def parse(text):
    return int(text)

values = ["12", "x7"]
for v in values:
    print(parse(v))
