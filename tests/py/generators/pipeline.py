def read(lines):
    for line in lines:
        yield line.strip()
def nonblank(lines):
    for line in lines:
        if line:
            yield line
def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield f"{i}: {line}"
src = ["  alpha ", "", "beta", "   ", "gamma"]
for out in numbered(nonblank(read(src))):
    print(out)
