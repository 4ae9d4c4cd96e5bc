# str seeds (version 2) hash the UTF-8 bytes with SHA-512.
import random
for s in ['', 'a', 'hello world', 'héllo', 'x' * 200]:
    random.seed(s)
    print(repr(s[:10]), random.random(), random.randint(1, 1000))
