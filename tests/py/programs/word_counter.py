# Count words in a text, then list them by frequency, ties alphabetically.
text = """the quick brown fox jumps over the lazy dog
The dog barks; the fox runs. A quick, quick fox!"""

def normalize(word):
    word = word.lower()
    out = ""
    for ch in word:
        if ch.isalpha():
            out = out + ch
    return out

counts = {}
for line in text.splitlines():
    for raw in line.split():
        w = normalize(raw)
        if w:
            counts[w] = counts.get(w, 0) + 1

def by_count(item):
    return (-item[1], item[0])

ranked = sorted(counts.items(), key=by_count)
for word, n in ranked[:6]:
    print(word.ljust(8), n)
print("distinct:", len(counts), "total:", sum(counts.values()))
