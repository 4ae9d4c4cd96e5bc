# stdin: stdin_input.txt
import sys
name = input("Name? ")
print("Hello,", name)
n = int(input())
print(n * 2)
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print(repr(line))
print(repr(sys.stdin.read()))
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
