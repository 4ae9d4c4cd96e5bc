# Non-ASCII text in the source, in strings and comments (déjà vu).
s = "héllo wörld — ünïcode ☃"
print(s)
print(len(s))
name = "日本語"
print(name, len(name), name[1])
