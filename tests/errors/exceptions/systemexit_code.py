# SystemExit with an int becomes the exit status.
print("before exit")
raise SystemExit(3)
