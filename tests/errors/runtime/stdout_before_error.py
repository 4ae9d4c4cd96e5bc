# Output printed before the error is kept on stdout.
print("line one")
print("line two")
[][0]
