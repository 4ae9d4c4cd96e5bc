path = "/tmp/ouro_test_file_write_read.txt"
f = open(path, "w")
print(f.name, f.mode, f.closed, f.encoding)
print(f.write("first line\n"), f.write("héllo wörld\n"), f.write("no newline"))
f.close()
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path, "r", encoding="utf-8") as f:
    for line in f:
        print(repr(line))
with open(path) as f:
    print(repr(f.read(3)), repr(f.read(9)), repr(f.read(0)), repr(f.readline(4)), repr(f.read()))
with open(path, "w") as f:
    f.writelines(["a\n", "b\n", "c"])
with open(path) as f:
    print(f.read().split("\n"))
    print(f.tell())
    f.seek(0)
    print(f.readline(), end="")
    print(f.tell())
