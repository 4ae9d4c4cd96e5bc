# finally runs on return, break, continue and exceptions
def ret():
    try:
        return "body"
    finally:
        print("finally after return")

print(ret())

def override_return():
    try:
        return 1
    finally:
        return 2

print(override_return())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(swallow())

def swallow_in_except():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("k")
        finally:
            return "from finally"
    except KeyError:
        return "not here"

print(swallow_in_except())

for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

for i in range(3):
    try:
        raise ValueError(i)
    finally:
        if i < 2:
            print("continue swallows", i)
            continue
        print("break swallows", i)
        break

while True:
    try:
        raise TypeError("t")
    finally:
        break
print("after while")

def nested_finally():
    log = []
    for i in range(2):
        try:
            try:
                log.append(f"in{i}")
                if i:
                    return log
            finally:
                log.append(f"inner{i}")
        finally:
            log.append(f"outer{i}")
    return None

print(nested_finally())

def return_in_except():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally runs")

print(return_in_except())

def return_value_kept():
    x = [1]
    try:
        return x
    finally:
        x.append(2)

print(return_value_kept())

def return_in_loop_in_try():
    for i in range(5):
        try:
            for j in range(5):
                try:
                    if j == 2:
                        return (i, j)
                finally:
                    print("inner finally", i, j)
        finally:
            print("outer finally", i)

print(return_in_loop_in_try())

def break_from_except():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            print("handling", e)
            break
    try:
        e
    except NameError as ne:
        print("NameError", ne)

break_from_except()

def continue_from_except():
    n = 0
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            n += 1
            continue
        finally:
            print("fin", i)
    print(n)

continue_from_except()
