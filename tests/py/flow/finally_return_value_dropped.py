def f():
    for i in range(3):
        try:
            return [i]
        finally:
            break
    return "after"
print(f())
def g():
    try:
        return [1]
    finally:
        return [2]
print(g())
def h():
    for i in range(3):
        try:
            return [i]
        finally:
            if i < 2:
                continue
    return "end"
print(h())
def k():
    for i in range(2):
        for j in range(2):
            try:
                return [i, j]
            finally:
                if j == 0:
                    break
    return "k end"
print(k())

def while_variant():
    n = 0
    while True:
        n += 1
        try:
            try:
                return str(n)
            finally:
                if n < 3:
                    continue
        finally:
            print("outer finally", n)

print(while_variant())

def in_handler():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError as e:
            try:
                return [str(e)]
            finally:
                break
    return "handler loop done"

print(in_handler())

def nested_returns():
    try:
        try:
            return ["inner"]
        finally:
            return ["middle"]
    finally:
        print("outermost")

print(nested_returns())
