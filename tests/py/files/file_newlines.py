path = "/tmp/ouro_test_file_newlines.txt"
with open(path, "w", newline="") as f:
    f.write("unix\nwindows\r\nold mac\rend")
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readlines())
with open(path, newline="") as f:
    print(f.readlines())
with open(path, newline="\n") as f:
    print(f.readlines())
with open(path, newline="\r") as f:
    print(f.readlines())
with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, newline="") as f:
    print(repr(f.read()))
