# A string-processing toolkit: word frequencies, ciphers, run-length encoding,
# text wrapping, palindromes, anagrams and a small template engine.

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

PUNCT = ",.;:!?\"'()"


def words(text):
    for raw in text.split():
        word = raw.strip(PUNCT).lower()
        if word:
            yield word


def frequencies(text):
    counts = {}
    for w in words(text):
        counts[w] = counts.get(w, 0) + 1
    return counts


def top(counts, n):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def bar_chart(pairs, width=30):
    biggest = max(c for _, c in pairs)
    for word, count in pairs:
        bar = "#" * round(count * width / biggest)
        print("%-8s %3d %s" % (word, count, bar))


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


ENGLISH = "etaoinshrdlcumwfgypbvkjxqz"


def crack_caesar(cipher):
    def score(shift):
        plain = caesar(cipher, -shift).lower()
        return sum(26 - ENGLISH.index(c) for c in plain if c.isalpha())
    best = max(range(26), key=score)
    return best, caesar(cipher, -best)


def vigenere(text, key, decrypt=False):
    shifts = [ord(k) - 97 for k in key.lower()]
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            s = shifts[i % len(shifts)]
            out.append(caesar(ch, -s if decrypt else s))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, run = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            run += 1
        else:
            out.append(f"{run}{prev}" if run > 1 else prev)
            prev, run = ch, 1
    out.append(f"{run}{prev}" if run > 1 else prev)
    return "".join(out)


def rle_decode(s):
    out, digits = [], ""
    for ch in s:
        if ch.isdigit():
            digits += ch
        else:
            out.append(ch * int(digits or "1"))
            digits = ""
    return "".join(out)


def wrap(text, width):
    line = []
    length = 0
    for w in text.split():
        if line and length + 1 + len(w) > width:
            yield " ".join(line)
            line, length = [], 0
        length += len(w) + (1 if line else 0)
        line.append(w)
    if line:
        yield " ".join(line)


def justify(line, width):
    parts = line.split()
    if len(parts) == 1:
        return line.ljust(width)
    gaps = len(parts) - 1
    spaces = width - sum(len(p) for p in parts)
    out = ""
    for i, p in enumerate(parts[:-1]):
        out += p + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + parts[-1]


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def anagram_groups(ws):
    groups = {}
    for w in ws:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [sorted(g) for g in groups.values() if len(g) > 1]


def render(template, **values):
    out = []
    i = 0
    while i < len(template):
        start = template.find("{{", i)
        if start < 0:
            out.append(template[i:])
            break
        end = template.find("}}", start)
        if end < 0:
            raise ValueError(f"unclosed tag at {start}")
        out.append(template[i:start])
        expr = template[start + 2:end].strip()
        name, _, filt = expr.partition("|")
        value = values.get(name.strip(), f"<{name.strip()}?>")
        filt = filt.strip()
        if filt == "upper":
            value = str(value).upper()
        elif filt == "title":
            value = str(value).title()
        elif filt.startswith("pad"):
            value = str(value).rjust(int(filt[3:]))
        elif filt:
            raise ValueError("unknown filter %r" % filt)
        out.append(str(value))
        i = end + 2
    return "".join(out)


freq = frequencies(TEXT)
print("distinct words:", len(freq), "total:", sum(freq.values()))
bar_chart(top(freq, 8))
print("longest words:", sorted(freq, key=lambda w: (-len(w), w))[:4])
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("letters:", "".join(sorted(letters, key=lambda c: (-letters[c], c))))
print("vowel share: {:.2%}".format(sum(letters.get(v, 0) for v in "aeiou") / sum(letters.values())))

secret = caesar("Reference counting frees memory the instant it is garbage.", 11)
print(secret)
print(crack_caesar(secret))
v = vigenere("Attack at dawn, retreat at dusk!", "lemon")
print(v, "|", vigenere(v, "lemon", decrypt=True))

for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccaaa", ""]:
    enc = rle_encode(s)
    print(f"{s[:20]!r:24} -> {enc!r:24} ok={rle_decode(enc) == s} ratio={len(enc) / max(len(s), 1):.2f}")

print("+" + "-" * 40 + "+")
for line in wrap(TEXT, 40):
    print("|" + justify(line, 40) + "|")
print("+" + "-" * 40 + "+")
for line in wrap("short text", 40):
    print("|%s|" % line.center(40, "."))

for s in ["A man, a plan, a canal: Panama", "Refcount", "Was it a car or a cat I saw?", ""]:
    print("%-32r palindrome=%s" % (s, is_palindrome(s)))
print(anagram_groups(["listen", "silent", "enlist", "google", "inlets", "banana", "stone", "tones", "notes"]))

print(render("Hello {{ name | title }}, you owe {{amount|pad8}} to {{ bank|upper }}.", name="ada lovelace", amount="12.50", bank="frb"))
print(render("{{ missing }} and {{x}}", x=42))
for bad in ["oops {{ name", "{{ name | shout }}"]:
    try:
        render(bad, name="x")
    except ValueError as e:
        print("template error:", e)

table = [("word", "count", "share")]
total = sum(freq.values())
for w, c in top(freq, 5):
    table.append((w, str(c), "%.1f%%" % (100 * c / total)))
widths = [max(len(row[i]) for row in table) for i in range(3)]
for row in table:
    print(" | ".join(cell.ljust(wd) if i == 0 else cell.rjust(wd) for i, (cell, wd) in enumerate(zip(row, widths))))
acronym = "".join(w[0].upper() for w in "portable operating system interface".split())
print(acronym, "snake_case_name".split("_"), "-".join(reversed("a.b.c".split("."))))
print("Title Case Me".swapcase(), "  padded  ".strip().upper(), "x".join("abc"), "abc".find("c"), "abcabc".rfind("b"))
