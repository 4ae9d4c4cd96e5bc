# A tokenizer and recursive-descent calculator with variables and functions.
import math


class CalcError(Exception):
    pass


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"{self.kind}:{self.text}"


OPERATORS = {"+", "-", "*", "/", "%", "^", "(", ")", ",", "=", "//"}


def tokenize(src):
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or (ch == "." and i + 1 < n and src[i + 1].isdigit()):
            start = i
            seen_dot = False
            while i < n and (src[i].isdigit() or (src[i] == "." and not seen_dot)):
                seen_dot = seen_dot or src[i] == "."
                i += 1
            yield Token("num", src[start:i], start)
            continue
        if ch.isalpha() or ch == "_":
            start = i
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            yield Token("name", src[start:i], start)
            continue
        if src[i:i + 2] in OPERATORS:
            yield Token("op", src[i:i + 2], i)
            i += 2
            continue
        if ch in OPERATORS:
            yield Token("op", ch, i)
            i += 1
            continue
        raise CalcError(f"bad character {ch!r} at {i}")
    yield Token("end", "", n)


class Num:
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def __repr__(self):
        return repr(self.value)


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        try:
            return env.vars[self.name]
        except KeyError:
            raise CalcError(f"unknown variable {self.name!r}") from None

    def __repr__(self):
        return self.name


class BinOp:
    FUNCS = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "//": lambda a, b: a // b,
        "%": lambda a, b: a % b,
        "^": lambda a, b: a ** b,
    }

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        try:
            return self.FUNCS[self.op](a, b)
        except ZeroDivisionError:
            raise CalcError("division by zero")

    def __repr__(self):
        return f"({self.left!r} {self.op} {self.right!r})"


class Neg:
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env):
        return -self.operand.eval(env)

    def __repr__(self):
        return f"-{self.operand!r}"


class Call:
    def __init__(self, name, args):
        self.name, self.args = name, args

    def eval(self, env):
        fn = env.funcs.get(self.name)
        if fn is None:
            raise CalcError(f"unknown function {self.name}()")
        values = [a.eval(env) for a in self.args]
        try:
            return fn(*values)
        except TypeError:
            raise CalcError(f"{self.name}() got {len(values)} argument{'s' if len(values) != 1 else ''}")
        except ValueError as e:
            raise CalcError(f"{self.name}(): {e}")

    def __repr__(self):
        return f"{self.name}({', '.join(map(repr, self.args))})"


class Assign:
    def __init__(self, name, expr):
        self.name, self.expr = name, expr

    def eval(self, env):
        value = self.expr.eval(env)
        env.vars[self.name] = value
        return value

    def __repr__(self):
        return f"{self.name} := {self.expr!r}"


class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def advance(self):
        t = self.tokens[self.i]
        self.i += 1
        return t

    def accept(self, *texts):
        if self.tok.kind == "op" and self.tok.text in texts:
            return self.advance().text
        return None

    def expect(self, text):
        if not self.accept(text):
            raise CalcError(f"expected {text!r} at {self.tok.pos}, got {self.tok.text or 'end'!r}")

    def statement(self):
        if self.tok.kind == "name" and self.tokens[self.i + 1].text == "=":
            name = self.advance().text
            self.advance()
            node = Assign(name, self.expr())
        else:
            node = self.expr()
        if self.tok.kind != "end":
            raise CalcError(f"unexpected {self.tok.text!r} at {self.tok.pos}")
        return node

    def expr(self):
        node = self.term()
        while True:
            op = self.accept("+", "-")
            if op is None:
                return node
            node = BinOp(op, node, self.term())

    def term(self):
        node = self.unary()
        while True:
            op = self.accept("*", "/", "//", "%")
            if op is None:
                return node
            node = BinOp(op, node, self.unary())

    def unary(self):
        if self.accept("-"):
            return Neg(self.unary())
        if self.accept("+"):
            return self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.accept("^"):
            return BinOp("^", base, self.unary())
        return base

    def atom(self):
        t = self.tok
        if t.kind == "num":
            self.advance()
            return Num(float(t.text) if "." in t.text else int(t.text))
        if t.kind == "name":
            self.advance()
            if self.accept("("):
                args = []
                if not self.accept(")"):
                    args.append(self.expr())
                    while self.accept(","):
                        args.append(self.expr())
                    self.expect(")")
                return Call(t.text, args)
            return Var(t.text)
        if self.accept("("):
            node = self.expr()
            self.expect(")")
            return node
        raise CalcError(f"unexpected {t.text or 'end'!r} at {t.pos}")


class Env:
    def __init__(self):
        self.vars = {"pi": math.pi, "e": math.e}
        self.funcs = {
            "sqrt": math.sqrt, "abs": abs, "max": max, "min": min,
            "gcd": math.gcd, "floor": math.floor, "hyp": math.hypot,
            "avg": lambda *xs: sum(xs) / len(xs),
        }


def fmt(value):
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return f"{value:.1f}"
        return f"{value:.6g}"
    return str(value)


env = Env()
lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "7 // 2 + 7 % 3",
    "10 / 4",
    "x = 5",
    "y = x * (x - 1) / 2",
    "sqrt(x * x + 144)",
    "hyp(3, 4)",
    "max(1, x, y, 3) + min(4, 2)",
    "avg(1, 2, 3, 4)",
    "gcd(2 ^ 40, 6 ^ 20)",
    "2 ^ 100",
    "floor(pi * 1000)",
    "big = 3 ^ 50 // 7",
    "big % 1000",
    "1 / 0",
    "z + 1",
    "foo(1)",
    "sqrt(-1)",
    "sqrt(1, 2)",
    "(1 + 2",
    "1 + * 2",
    "3 $ 4",
    "1 2",
    ".5 + .25",
    "e ^ 1",
]
for line in lines:
    try:
        tree = Parser(line).statement()
        value = tree.eval(env)
    except CalcError as e:
        print(f"{line:<28} error: {e}")
    else:
        print(f"{line:<28} {fmt(value):<24} {tree!r}")

print([t for t in tokenize("a=(b+12.5)//c")])
print(sorted(k for k in env.vars if k not in ("pi", "e")))
counts = {}
for line in lines:
    try:
        for t in tokenize(line):
            counts[t.kind] = counts.get(t.kind, 0) + 1
    except CalcError:
        counts["bad"] = counts.get("bad", 0) + 1
print(counts)
