# Longest Collatz chain below a bound, with a memo dict.
memo = {1: 1}

def chain_length(n):
    path = []
    while n not in memo:
        path.append(n)
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
    length = memo[n]
    for m in reversed(path):
        length += 1
        memo[m] = length
    return length

best, best_len = 1, 1
for start in range(1, 10000):
    length = chain_length(start)
    if length > best_len:
        best, best_len = start, length
print(best, best_len)
print(chain_length(27), len(memo) > 10000)
seq = [27]
while seq[-1] != 1:
    n = seq[-1]
    seq.append(n // 2 if n % 2 == 0 else 3 * n + 1)
print(len(seq), max(seq), seq[:8])
