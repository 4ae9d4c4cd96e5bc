# A spreadsheet with formulas, cell references, ranges, dependency tracking,
# cycle detection and recalculation.

class SheetError(Exception):
    pass


class CycleError(SheetError):
    pass


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def col_name(index):
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def split_ref(ref):
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    letters, digits = ref[:i].upper(), ref[i:]
    if not letters or not digits.isdigit():
        raise SheetError(f"bad reference {ref!r}")
    return col_index(letters), int(digits) - 1


def expand_range(a, b):
    c1, r1 = split_ref(a)
    c2, r2 = split_ref(b)
    for r in range(min(r1, r2), max(r1, r2) + 1):
        for c in range(min(c1, c2), max(c1, c2) + 1):
            yield f"{col_name(c)}{r + 1}"


FUNCTIONS = {
    "SUM": lambda xs: sum(xs),
    "AVG": lambda xs: sum(xs) / len(xs) if xs else 0,
    "MIN": lambda xs: min(xs, default=0),
    "MAX": lambda xs: max(xs, default=0),
    "COUNT": lambda xs: len(xs),
    "ROUND": lambda xs: round(xs[0], int(xs[1]) if len(xs) > 1 else 0),
    "IF": lambda xs: xs[1] if xs[0] else xs[2],
}


class Formula:
    def __init__(self, text):
        self.text = text
        self.tokens = self.lex(text)
        self.pos = 0
        self.refs = set()
        self.tree = self.parse_expr()
        if self.pos != len(self.tokens):
            raise SheetError(f"unexpected {self.tokens[self.pos]!r} in {text!r}")

    @staticmethod
    def lex(text):
        out, i = [], 0
        while i < len(text):
            ch = text[i]
            if ch.isspace():
                i += 1
            elif ch.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                out.append(text[i:j].upper())
                i = j
            elif ch.isdigit() or ch == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                out.append(float(text[i:j]) if "." in text[i:j] else int(text[i:j]))
                i = j
            elif text[i:i + 2] in ("<=", ">=", "<>"):
                out.append(text[i:i + 2])
                i += 2
            elif ch in "+-*/(),:<>=":
                out.append(ch)
                i += 1
            else:
                raise SheetError(f"bad character {ch!r}")
        return out

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def parse_expr(self):
        left = self.parse_sum()
        if self.peek() in ("<", ">", "=", "<=", ">=", "<>"):
            op = self.take()
            return ("cmp", op, left, self.parse_sum())
        return left

    def parse_sum(self):
        node = self.parse_product()
        while self.peek() in ("+", "-"):
            node = ("bin", self.take(), node, self.parse_product())
        return node

    def parse_product(self):
        node = self.parse_atom()
        while self.peek() in ("*", "/"):
            node = ("bin", self.take(), node, self.parse_atom())
        return node

    def parse_atom(self):
        tok = self.take()
        if isinstance(tok, (int, float)):
            return ("num", tok)
        if tok == "-":
            return ("neg", self.parse_atom())
        if tok == "(":
            node = self.parse_expr()
            if self.take() != ")":
                raise SheetError("missing )")
            return node
        if isinstance(tok, str) and tok in FUNCTIONS and self.peek() == "(":
            self.take()
            args = []
            while self.peek() != ")":
                args.append(self.parse_arg())
                if self.peek() == ",":
                    self.take()
            self.take()
            return ("call", tok, args)
        if isinstance(tok, str) and tok[:1].isalpha():
            split_ref(tok)
            self.refs.add(tok)
            return ("ref", tok)
        raise SheetError(f"unexpected {tok!r}")

    def parse_arg(self):
        if isinstance(self.peek(), str) and self.pos + 1 < len(self.tokens) and self.tokens[self.pos + 1] == ":":
            a = self.take()
            self.take()
            b = self.take()
            cells = list(expand_range(a, b))
            self.refs.update(cells)
            return ("range", cells)
        return self.parse_expr()


class Sheet:
    def __init__(self):
        self.raw = {}
        self.formulas = {}
        self.values = {}
        self.recalcs = 0

    def set(self, ref, content):
        ref = ref.upper()
        split_ref(ref)
        self.raw[ref] = content
        self.formulas.pop(ref, None)
        if isinstance(content, str) and content.startswith("="):
            self.formulas[ref] = Formula(content[1:])
        self.recalculate()

    def dependents(self, ref):
        return sorted(r for r, f in self.formulas.items() if ref in f.refs)

    def order(self):
        """Topological order of formula cells; raises CycleError."""
        state, order = {}, []

        def visit(ref, chain):
            if state.get(ref) == "done":
                return
            if state.get(ref) == "active":
                raise CycleError(" -> ".join(chain + [ref]))
            state[ref] = "active"
            for dep in sorted(self.formulas[ref].refs):
                if dep in self.formulas:
                    visit(dep, chain + [ref])
            state[ref] = "done"
            order.append(ref)

        for ref in sorted(self.formulas):
            visit(ref, [])
        return order

    def recalculate(self):
        self.recalcs += 1
        self.values = {r: v for r, v in self.raw.items() if r not in self.formulas}
        try:
            order = self.order()
        except CycleError as e:
            for r in self.formulas:
                self.values[r] = "#CYCLE"
            self.cycle = str(e)
            return
        self.cycle = None
        for ref in order:
            try:
                self.values[ref] = self.evaluate(self.formulas[ref].tree)
            except ZeroDivisionError:
                self.values[ref] = "#DIV/0"
            except (TypeError, SheetError):
                self.values[ref] = "#VALUE"

    def evaluate(self, node):
        kind = node[0]
        if kind == "num":
            return node[1]
        if kind == "ref":
            v = self.values.get(node[1], 0)
            if isinstance(v, str) and v.startswith("#"):
                raise SheetError(v)
            return v
        if kind == "neg":
            return -self.evaluate(node[1])
        if kind == "bin":
            a, b = self.evaluate(node[2]), self.evaluate(node[3])
            op = node[1]
            if op == "+":
                return a + b
            if op == "-":
                return a - b
            return a * b if op == "*" else a / b
        if kind == "cmp":
            a, b = self.evaluate(node[2]), self.evaluate(node[3])
            return {"<": a < b, ">": a > b, "=": a == b, "<=": a <= b, ">=": a >= b, "<>": a != b}[node[1]]
        if kind == "range":
            return [v for v in (self.values.get(r) for r in node[1]) if isinstance(v, (int, float))]
        if kind == "call":
            flat = []
            for arg in node[2]:
                v = self.evaluate(arg)
                if isinstance(v, list):
                    flat.extend(v)
                else:
                    flat.append(v)
            return FUNCTIONS[node[1]](flat)
        raise SheetError(f"bad node {kind}")

    def show(self, cols, rows, width=9):
        print("    " + "".join(col_name(c).center(width) for c in range(cols)))
        for r in range(rows):
            cells = []
            for c in range(cols):
                v = self.values.get(f"{col_name(c)}{r + 1}", "")
                if isinstance(v, bool):
                    text = "TRUE" if v else "FALSE"
                elif isinstance(v, float):
                    text = f"{v:.2f}"
                else:
                    text = str(v)
                cells.append(text.rjust(width) if not isinstance(v, str) or v.startswith("#") else text.ljust(width))
            print(f"{r + 1:>3} " + "".join(cells))


print([col_name(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)])
print([col_index(n) for n in ("A", "Z", "AA", "AZ", "ZZ", "AAA")])
print(list(expand_range("B3", "A1")))

sheet = Sheet()
data = [("A1", "item"), ("B1", "qty"), ("C1", "price"), ("D1", "total"),
        ("A2", "apples"), ("B2", 12), ("C2", 0.5), ("D2", "=B2*C2"),
        ("A3", "pears"), ("B3", 7), ("C3", 0.75), ("D3", "=B3*C3"),
        ("A4", "melons"), ("B4", 2), ("C4", 3.2), ("D4", "=B4*C4"),
        ("A5", "sum"), ("B5", "=SUM(B2:B4)"), ("D5", "=SUM(D2:D4)"),
        ("A6", "avg"), ("C6", "=ROUND(AVG(C2:C4), 3)"), ("D6", "=MAX(D2:D4) - MIN(D2:D4)"),
        ("A7", "big?"), ("B7", "=IF(D5 > 20, 1, 0)"), ("D7", "=D5 / (B5 - 21)")]
for ref, content in data:
    sheet.set(ref, content)
sheet.show(4, 7)
print("dependents of B2:", sheet.dependents("B2"), "of D5:", sheet.dependents("D5"))
sheet.set("B4", 20)
print("after B4=20: D5 =", sheet.values["D5"], "B7 =", sheet.values["B7"], "D7 =", sheet.values["D7"])
sheet.set("B2", "=D5")
print("cycle:", sheet.cycle, "| D2 =", sheet.values["D2"])
sheet.set("B2", 3)
print("cycle:", sheet.cycle, "| D2 =", sheet.values["D2"])
sheet.set("E1", "=A1 + 1")
print("E1 =", sheet.values["E1"])
sheet.set("E2", "=COUNT(A1:D4)")
sheet.set("E3", "=(1 + 2) * -3 <> -9")
sheet.set("E4", "=B3 >= 7")
print({r: sheet.values[r] for r in ("E2", "E3", "E4")})
for bad in ["=1 +", "=SUM(A1:B2", "=3 $ 4", "=A1B", "=1 2"]:
    try:
        sheet.set("F1", bad)
    except SheetError as e:
        print(f"{bad!r}: {e}")
try:
    sheet.set("11", 5)
except SheetError as e:
    print("error:", e)
sheet.show(5, 7)
print("recalculations:", sheet.recalcs)
