path = "/tmp/ouro_test_file_modes.txt"
with open(path, "w") as f:
    f.write("one\n")
with open(path, "a") as f:
    print(f.tell())
    f.write("two\n")
with open(path) as f:
    print(f.read(), end="")
with open(path, "r+") as f:
    print(f.readline(), end="")
    f.seek(0, 2)
    f.write("TWO\n")
    f.seek(0)
    print(f.read(), end="")
with open(path, "w+") as f:
    f.write("fresh")
    f.seek(0)
    print(f.read())
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == path)
for mode in ("rw", "rr", "z", "rbt"):
    try:
        open(path, mode)
    except ValueError as e:
        print(mode, e)
with open(path, "r") as f:
    print(f.readable(), f.writable(), f.seekable())
print(repr(open(path).readline()))
