# The file has a byte that is not valid UTF-8 below.
s = "café"
