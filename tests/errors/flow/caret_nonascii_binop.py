naïve = "日本語"
x = naïve + 1
