# print's sep and end; print to sys.stderr is not in stdout.
import sys
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("no newline", end="")
print(" joined", end="!\n")
print()
print("x", "y", sep="-", end=".\n")
print("to stderr", file=sys.stderr)
print(None, sep=None, end=None)
