# Soft keywords are ordinary names; near-keywords too.
match = 1
case = 2
_ = 3
type = 4
print(match + case + _ + type)
Not = 5
print(Not)
