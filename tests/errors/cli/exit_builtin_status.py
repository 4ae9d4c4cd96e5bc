# exit(n) from site ends the program with status n, printing nothing.
print("before")
exit(7)
print("not reached")
