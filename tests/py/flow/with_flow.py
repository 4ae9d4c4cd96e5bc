class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress


def ret():
    with CM("r") as n:
        return "returned " + n

print(ret())

def ret_value_object():
    with CM("a"), CM("b") as b:
        return [b]

print(ret_value_object())

for i in range(3):
    with CM(str(i)):
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)

with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with CM("p"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))

def nested():
    with CM("outer", suppress=True):
        with CM("inner"):
            1 / 0
        print("not reached")
    return "nested done"

print(nested())

def in_finally():
    try:
        with CM("f"):
            return ["value"]
    finally:
        print("finally")

print(in_finally())

def break_out_of_with_in_finally():
    for i in range(2):
        try:
            return [i]
        finally:
            with CM("wf"):
                break
    return "loop exit"

print(break_out_of_with_in_finally())

class Raiser:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise RuntimeError("from exit")

try:
    with Raiser():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

try:
    with Raiser():
        pass
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")

    def __exit__(self, *args):
        print("exit must not run")

try:
    with BadEnter():
        print("body must not run")
except OSError as e:
    print(repr(e))
