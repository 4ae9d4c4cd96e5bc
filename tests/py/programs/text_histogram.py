# A character histogram drawn with strings.
text = "mississippi river"
counts = {}
for ch in text:
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
keys = sorted(counts)
for k in keys:
    print(k, "#" * counts[k], counts[k])
tallest = max(counts.values())
for level in range(tallest, 0, -1):
    row = ""
    for k in keys:
        row += "#" if counts[k] >= level else " "
    print("|" + row + "|")
print("+" + "-" * len(keys) + "+")
print(" " + "".join(keys))
