# String hashes under PYTHONHASHSEED=0 (SipHash-1-3, zero key).
for s in ["", "a", "abc", "hello world", "é", "日本", "😀", "a" * 100]:
    print(repr(s)[:12], hash(s))
