# A JSON-ish serializer, pretty printer and parser for nested dicts and lists.

class EncodeError(Exception):
    pass


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at position {pos}")
        self.pos = pos


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def quote(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def scalar(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise EncodeError(f"cannot encode {value!r}")
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    raise EncodeError(f"cannot encode object of type {type(value).__name__}")


def tokens(value, indent=2, level=0, sort_keys=False, seen=None):
    """Yield the pieces of the encoded text, one at a time."""
    if seen is None:
        seen = set()
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    if isinstance(value, (list, tuple)):
        if id(value) in seen:
            raise EncodeError("circular reference")
        if not value:
            yield "[]"
            return
        seen.add(id(value))
        yield "[\n"
        for i, item in enumerate(value):
            yield pad
            yield from tokens(item, indent, level + 1, sort_keys, seen)
            yield ",\n" if i < len(value) - 1 else "\n"
        yield end_pad + "]"
        seen.discard(id(value))
    elif isinstance(value, dict):
        if id(value) in seen:
            raise EncodeError("circular reference")
        if not value:
            yield "{}"
            return
        seen.add(id(value))
        keys = sorted(value) if sort_keys else list(value)
        yield "{\n"
        for i, key in enumerate(keys):
            if not isinstance(key, str):
                raise EncodeError(f"keys must be str, not {type(key).__name__}")
            yield f"{pad}{quote(key)}: "
            yield from tokens(value[key], indent, level + 1, sort_keys, seen)
            yield ",\n" if i < len(keys) - 1 else "\n"
        yield end_pad + "}"
        seen.discard(id(value))
    else:
        yield scalar(value)


def dumps(value, **options):
    return "".join(tokens(value, **options))


def compact(value):
    if isinstance(value, dict):
        return "{" + ",".join(f"{quote(k)}:{compact(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(map(compact, value)) + "]"
    return scalar(value)


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\n\r":
            self.pos += 1

    def peek(self):
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, ch):
        if self.peek() != ch:
            raise ParseError(f"expected {ch!r}, found {self.peek()!r}", self.pos)
        self.pos += 1

    def parse(self):
        value = self.value()
        if self.peek():
            raise ParseError("trailing data", self.pos)
        return value

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        for word, result in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        if ch == "-" or ch.isdigit():
            return self.number()
        raise ParseError(f"unexpected {ch!r}" if ch else "unexpected end", self.pos)

    def obj(self):
        self.expect("{")
        result = {}
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return result

    def array(self):
        self.expect("[")
        result = []
        if self.peek() == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return result

    def string(self):
        self.expect('"')
        out = []
        reverse = {v[1]: k for k, v in ESCAPES.items()}
        while True:
            if self.pos >= len(self.text):
                raise ParseError("unterminated string", self.pos)
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos]
                self.pos += 1
                if esc == "u":
                    out.append(chr(int(self.text[self.pos:self.pos + 4], 16)))
                    self.pos += 4
                else:
                    out.append(reverse[esc])
            else:
                out.append(ch)

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and (self.text[self.pos].isdigit() or self.text[self.pos] in ".eE+-"):
            self.pos += 1
        raw = self.text[start:self.pos]
        return float(raw) if any(c in raw for c in ".eE") else int(raw)


def loads(text):
    return Parser(text).parse()


def depth(value):
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(depth, value), default=0)
    return 0


def walk(value, path="$"):
    """Yield (path, leaf) for every scalar inside value."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from walk(v, f"{path}[{i}]")
    else:
        yield path, value


config = {
    "name": "ouro",
    "version": [0, 4, 1],
    "features": {"classes": True, "generators": None, "ratio": 0.75, "big": 2 ** 70},
    "authors": [{"name": "Ann \"the\" Coder", "tabs": "a\tb"}, {"name": "Bob", "roles": []}],
    "empty": {},
    "note": "line1\nline2\x01",
}

text = dumps(config)
print(text)
print(dumps(config, indent=4, sort_keys=True))
print(compact(config))
back = loads(text)
print("round trip equal:", back == config)
print("depth:", depth(config))
for path, leaf in walk(config):
    print(f"  {path:<28} = {leaf!r}")

pieces = list(tokens([1, [2, [3]]], indent=1))
print(len(pieces), pieces[:5])

for bad in ['{"a": 1,}', '[1, 2', '{"x" 3}', '[1] 2', '"abc', 'nope', '']:
    try:
        loads(bad)
    except ParseError as e:
        print(f"{bad!r:>12} -> {e} (pos {e.pos})")

loop = [1, 2]
loop.append(loop)
for bad in [loop, {1: "int key"}, {"f": float("nan")}, {"s": {1, 2}}]:
    try:
        dumps(bad)
    except EncodeError as e:
        print("encode error:", e)
loop.clear()

numbers = loads("[1, -2, 3.5, 1e3, -0.25, 12345678901234567890]")
print(numbers, [type(n).__name__ for n in numbers])
print(sum(n for n in numbers if isinstance(n, int)))
nested = loads('{"a": {"b": {"c": [true, false, null, "\\u0041\\n"]}}}')
print(nested, nested["a"]["b"]["c"][3] == "A\n")
