e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler", repr(e))
try:
    print(e)
except NameError as n:
    print("NameError:", n)

def f():
    e = 1
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)

print(f())

def g():
    try:
        raise KeyError
    except KeyError as err:
        del err
    return "deleted inside ok"

print(g())

def h():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError as exc:
            if i == 0:
                continue
            return repr(exc)

print(h())

def k():
    try:
        raise ValueError
    except ValueError as exc:
        try:
            raise KeyError
        except KeyError as exc:
            pass
        try:
            print(exc)
        except UnboundLocalError as u:
            print("inner deleted outer name:", u)

k()

# no exception: the name is untouched
x = "kept"
try:
    pass
except ValueError as x:
    pass
print(x)

def deleted_on_exception_in_handler():
    try:
        try:
            raise ValueError
        except ValueError as q:
            raise KeyError
    except KeyError:
        pass
    try:
        q
    except UnboundLocalError as u:
        print(u)

deleted_on_exception_in_handler()
