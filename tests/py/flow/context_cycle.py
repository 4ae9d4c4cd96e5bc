# a cycle in the chain is cut
try:
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise KeyError("B")
        except KeyError as b:
            a.__context__ = b
            raise a
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__.__context__)


# a pre-existing cycle among older exceptions must not hang the chaining
a = ValueError("a")
b = KeyError("b")
a.__context__ = b
b.__context__ = a
try:
    try:
        raise a
    except ValueError:
        raise TypeError("t")
except TypeError as t:
    print(type(t.__context__).__name__, type(t.__context__.__context__).__name__)
