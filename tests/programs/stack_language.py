# An interpreter for a small Forth-like stack language with words, loops,
# conditionals, variables and error reporting.

class ForthError(Exception):
    pass


class StackUnderflow(ForthError):
    def __init__(self, word, needed, have):
        super().__init__(f"{word}: stack underflow (needs {needed}, has {have})")


def tokenize(source):
    in_comment = False
    for line in source.splitlines():
        for tok in line.split():
            if in_comment:
                if tok.endswith(")"):
                    in_comment = False
                continue
            if tok == "(":
                in_comment = True
                continue
            if tok == "\\":
                break
            yield tok


class Forth:
    def __init__(self):
        self.stack = []
        self.rstack = []
        self.out = []
        self.words = {}
        self.variables = {}
        self.memory = [0] * 16
        self.steps = 0
        self.builtins = {
            "+": self.binary(lambda a, b: a + b),
            "-": self.binary(lambda a, b: a - b),
            "*": self.binary(lambda a, b: a * b),
            "/": self.binary(self.div),
            "mod": self.binary(self.mod),
            "=": self.binary(lambda a, b: -1 if a == b else 0),
            "<": self.binary(lambda a, b: -1 if a < b else 0),
            ">": self.binary(lambda a, b: -1 if a > b else 0),
            "and": self.binary(lambda a, b: a & b),
            "or": self.binary(lambda a, b: a | b),
            "max": self.binary(max),
            "min": self.binary(min),
            "dup": lambda: self.push(self.peek("dup")),
            "drop": lambda: self.pop_n("drop", 1),
            "swap": lambda: self.push(*reversed(self.pop_n("swap", 2))),
            "over": lambda: self.over(),
            "rot": lambda: self.rot(),
            "negate": lambda: self.push(-self.pop_n("negate", 1)[0]),
            "abs": lambda: self.push(abs(self.pop_n("abs", 1)[0])),
            ".": lambda: self.out.append(str(self.pop_n(".", 1)[0])),
            "emit": lambda: self.out.append(chr(self.pop_n("emit", 1)[0])),
            "cr": lambda: self.out.append("\n"),
            ".s": lambda: self.out.append(f"<{len(self.stack)}> " + " ".join(map(str, self.stack))),
            "depth": lambda: self.push(len(self.stack)),
            "!": self.store,
            "@": self.fetch,
            "i": lambda: self.push(self.rstack[-1][0]),
        }

    def push(self, *values):
        self.stack.extend(values)

    def pop_n(self, word, n):
        if len(self.stack) < n:
            raise StackUnderflow(word, n, len(self.stack))
        values = self.stack[-n:]
        del self.stack[-n:]
        return values

    def peek(self, word):
        if not self.stack:
            raise StackUnderflow(word, 1, 0)
        return self.stack[-1]

    def binary(self, fn):
        def op():
            a, b = self.pop_n("binary op", 2)
            self.push(fn(a, b))
        return op

    @staticmethod
    def div(a, b):
        if b == 0:
            raise ForthError("division by zero")
        q = abs(a) // abs(b)
        return q if (a < 0) == (b < 0) else -q

    @staticmethod
    def mod(a, b):
        if b == 0:
            raise ForthError("division by zero")
        return a - b * Forth.div(a, b)

    def over(self):
        a, b = self.pop_n("over", 2)
        self.push(a, b, a)

    def rot(self):
        a, b, c = self.pop_n("rot", 3)
        self.push(b, c, a)

    def store(self):
        value, addr = self.pop_n("!", 2)
        if not 0 <= addr < len(self.memory):
            raise ForthError(f"bad address {addr}")
        self.memory[addr] = value

    def fetch(self):
        (addr,) = self.pop_n("@", 1)
        if not 0 <= addr < len(self.memory):
            raise ForthError(f"bad address {addr}")
        self.push(self.memory[addr])

    def compile(self, tokens):
        """Turn a token stream into a nested list of instructions."""
        body = []
        while True:
            tok = next(tokens, None)
            if tok is None or tok in (";", "then", "else", "loop", "until"):
                return body, tok
            low = tok.lower()
            if low == "if":
                then_part, end = self.compile(tokens)
                else_part = []
                if end == "else":
                    else_part, end = self.compile(tokens)
                if end != "then":
                    raise ForthError("if without then")
                body.append(("if", then_part, else_part))
            elif low == "do":
                loop_body, end = self.compile(tokens)
                if end != "loop":
                    raise ForthError("do without loop")
                body.append(("do", loop_body))
            elif low == "begin":
                loop_body, end = self.compile(tokens)
                if end != "until":
                    raise ForthError("begin without until")
                body.append(("begin", loop_body))
            elif low == ":":
                name = next(tokens, None)
                if name is None:
                    raise ForthError("missing word name")
                definition, end = self.compile(tokens)
                if end != ";":
                    raise ForthError(f"unterminated definition of {name}")
                self.words[name.lower()] = definition
            elif low == "variable":
                name = next(tokens).lower()
                self.variables[name] = len(self.variables)
            elif low.lstrip("-").isdigit():
                body.append(("lit", int(low)))
            else:
                body.append(("word", low))

    def execute(self, body):
        for instr in body:
            self.steps += 1
            if self.steps > 100000:
                raise ForthError("step limit exceeded")
            kind = instr[0]
            if kind == "lit":
                self.push(instr[1])
            elif kind == "word":
                self.call(instr[1])
            elif kind == "if":
                (flag,) = self.pop_n("if", 1)
                self.execute(instr[1] if flag else instr[2])
            elif kind == "do":
                limit, start = self.pop_n("do", 2)
                self.rstack.append([start, limit])
                try:
                    while self.rstack[-1][0] < limit:
                        self.execute(instr[1])
                        self.rstack[-1][0] += 1
                finally:
                    self.rstack.pop()
            elif kind == "begin":
                while True:
                    self.execute(instr[1])
                    (flag,) = self.pop_n("until", 1)
                    if flag:
                        break

    def call(self, name):
        if name in self.words:
            self.execute(self.words[name])
        elif name in self.builtins:
            self.builtins[name]()
        elif name in self.variables:
            self.push(self.variables[name])
        else:
            raise ForthError(f"unknown word {name!r}")

    def run(self, source):
        self.out = []
        self.steps = 0
        body, end = self.compile(tokenize(source))
        if end is not None:
            raise ForthError(f"unexpected {end!r}")
        self.execute(body)
        return " ".join(x for x in self.out if x != "\n")


PROGRAMS = [
    "1 2 + 3 * .",
    "10 3 / . 10 3 mod . -7 2 / . -7 2 mod .",
    ": square dup * ; 7 square . 12 square .",
    ": fact ( n -- n! ) 1 swap 1 + 1 do i * loop ; 10 fact . 25 fact .",
    ": fib 0 1 rot 0 do over over + rot drop loop drop ; 30 fib . 90 fib .",
    "5 0 do i . loop",
    ": sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ; -5 sign . 0 sign . 9 sign .",
    ": countdown begin dup . 1 - dup 0 = until drop ; 5 countdown",
    "variable x variable y 42 x ! 7 y ! x @ y @ * .",
    "72 emit 105 emit 33 emit",
    "1 2 3 .s rot .s depth .",
    ": gcd begin over over mod rot drop dup 0 = until drop ; 1071 462 gcd . 2 100 1 - 0 do 2 * loop 3 gcd .",
    "\\ a comment line\n3 4 max 10 min . ( inline comment ) 2 abs . -3 abs .",
    "1 +",
    "5 0 /",
    "foo",
    ": broken 1 2",
    "1 if 2",
    "then",
    ": forever begin 0 until ; forever",
    "99 100 !",
]

forth = Forth()
for src in PROGRAMS:
    shown = src.replace("\n", " \\n ")
    try:
        result = forth.run(src)
        print(f"{shown:<60.60} => {result}")
    except ForthError as e:
        print(f"{shown:<60.60} !! {type(e).__name__}: {e}")
        forth.stack.clear()
    if forth.stack:
        print("   stack left:", forth.stack)
        forth.stack.clear()

print("defined words:", sorted(forth.words))
print("variables:", forth.variables, "memory:", forth.memory[:4])
print("steps in the last run:", forth.steps)
total = 0
for src in PROGRAMS[:6]:
    forth.run(src)
    total += forth.steps
    forth.stack.clear()
print("steps for the first six programs:", total)
print(list(tokenize("1 ( skip these ) 2 \\ rest\n3")))
