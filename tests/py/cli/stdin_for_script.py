# stdin: stdin_for_script.txt
# With a script named, stdin is the script's data, not a program.
print(input())
print(input().upper())
try:
    input()
except EOFError:
    print("EOFError")
