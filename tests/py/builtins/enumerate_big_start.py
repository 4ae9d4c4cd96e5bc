print(list(enumerate('abc', 2**63 - 2)))
print(list(enumerate('ab', 10**20)))
