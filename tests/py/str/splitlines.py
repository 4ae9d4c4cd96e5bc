# splitlines on every line boundary.
print("a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(), "".splitlines())
print("a\nb\n".splitlines(True), "x\x0by\x1cz".splitlines())
