# String building, splitting and counting words in a dict.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
parts = []
for i in range(200000):
    parts.append(words[(i * 7 + i // 3) % len(words)])
text = " ".join(parts)

counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1

built = ""
for i in range(50000):
    built += str(i % 10)

keys = sorted(counts)
for k in keys:
    print(k, counts[k])
print(len(text), len(built), built.count("7"))
