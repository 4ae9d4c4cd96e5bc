# SystemExit with a string prints it to stderr and exits with status 1.
def quit_now():
    raise SystemExit("fatal: configuration missing")

quit_now()
