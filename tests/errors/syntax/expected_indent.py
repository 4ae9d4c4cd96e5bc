# A block with no indented body.
if True:
print("body")
