# Augmented assignment on subscripts and names evaluates the target once.
d = {"n": 1}
d["n"] += 10
l = [1, [2]]
l[0] *= 5
l[1] += [3]
print(d, l)
calls = 0
def key():
    global calls
    calls += 1
    return "n"
d[key()] -= 1
print(d, calls)
s = "ab"
t = s
s += "c"
print(s, t)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
