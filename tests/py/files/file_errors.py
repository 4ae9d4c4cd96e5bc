try:
    open("/tmp/ouro_no_such_dir/x.txt")
except FileNotFoundError as e:
    print(e)
    print(e.errno, e.strerror, e.filename)
try:
    open("/tmp")
except IsADirectoryError as e:
    print(e)
try:
    open("/tmp/x", "r", newline="zz")
except (ValueError, OSError) as e:
    print(type(e).__name__)
path = "/tmp/ouro_test_file_errors.txt"
f = open(path, "w")
try:
    f.read()
except OSError as e:
    print(type(e).__name__, e, isinstance(e, OSError))
try:
    f.write(5)
except TypeError as e:
    print(e)
f.close()
f.close()
for op in (lambda: f.write("x"), lambda: f.read(), lambda: iter(f), lambda: f.readline()):
    try:
        op()
    except ValueError as e:
        print(e)
try:
    with f:
        pass
except ValueError as e:
    print(e)
g = open(path)
try:
    g.write("x")
except OSError as e:
    print(type(e).__name__, e)
g.close()
