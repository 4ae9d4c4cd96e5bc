# Simple statements separated by semicolons, with a trailing one.
a = 1; b = 2; print(a + b);
if a: print("one-line if"); print("second")
