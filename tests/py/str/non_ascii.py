# Length and indexing count code points, not bytes.
s = "naïve café ☕ 日本"
print(len(s), s[2], s[-1], s[11], s[::-1])
print(s.upper(), "é" * 3, s.find("☕"), s.index("日"))
e = "😀a"
print(len(e), e[1], ord(e[0]), chr(128512) == e[0])
