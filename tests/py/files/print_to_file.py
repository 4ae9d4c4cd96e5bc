import sys
path = "/tmp/ouro_test_print_to_file.txt"
with open(path, "w") as f:
    print("hello", 1, 2.5, file=f)
    print("a", "b", sep="-", end="!\n", file=f)
    print(file=f)
    print("flushed", file=f, flush=True)
with open(path) as f:
    print(f.read(), end="")
print("to stdout", file=sys.stdout)
print(sys.stdout.write("written\n"))
sys.stdout.flush()
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode)
print(repr(sys.stdout))
print(sys.stdin.readable(), sys.stdout.writable())
print("to stderr", file=sys.stderr)
sys.stderr.write("also stderr\n")
