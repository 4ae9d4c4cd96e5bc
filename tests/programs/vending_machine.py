# A vending machine as an explicit state machine, plus a traffic light and a
# regular-expression-free lexer written as transition tables.

class MachineError(Exception):
    pass


class State:
    name = "?"

    def on(self, machine, event, arg):
        raise MachineError(f"{event!r} not allowed while {self.name}")

    def __repr__(self):
        return f"<{self.name}>"


class Idle(State):
    name = "idle"

    def on(self, machine, event, arg):
        if event == "coin":
            machine.credit += machine.accept_coin(arg)
            return machine.HAS_CREDIT
        if event == "service":
            return machine.SERVICE
        if event == "select":
            machine.say(f"insert coins first ({machine.price_of(arg)}c)")
            return self
        return super().on(machine, event, arg)


class HasCredit(State):
    name = "credit"

    def on(self, machine, event, arg):
        if event == "coin":
            machine.credit += machine.accept_coin(arg)
            return self
        if event == "select":
            price = machine.price_of(arg)
            if machine.stock[arg] == 0:
                machine.say(f"{arg} is sold out")
                return self
            if machine.credit < price:
                machine.say(f"{arg} costs {price}c, credit {machine.credit}c")
                return self
            machine.stock[arg] -= 1
            machine.credit -= price
            machine.sales.append((arg, price))
            machine.say(f"vend {arg}")
            return machine.VENDING
        if event == "refund":
            machine.give_change()
            return machine.IDLE
        return super().on(machine, event, arg)


class Vending(State):
    name = "vending"

    def on(self, machine, event, arg):
        if event == "take":
            if machine.credit:
                machine.give_change()
            return machine.IDLE
        return super().on(machine, event, arg)


class Service(State):
    name = "service"

    def on(self, machine, event, arg):
        if event == "restock":
            item, qty = arg
            machine.stock[item] = machine.stock.get(item, 0) + qty
            machine.say(f"restocked {item} to {machine.stock[item]}")
            return self
        if event == "price":
            item, cents = arg
            machine.prices[item] = cents
            return self
        if event == "done":
            return machine.IDLE
        return super().on(machine, event, arg)


class VendingMachine:
    IDLE, HAS_CREDIT, VENDING, SERVICE = Idle(), HasCredit(), Vending(), Service()
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, prices, stock):
        self.prices = dict(prices)
        self.stock = dict(stock)
        self.state = self.IDLE
        self.credit = 0
        self.sales = []
        self.bank = {c: 5 for c in self.COINS}
        self.transitions = []

    def say(self, msg):
        print(f"    [{self.state.name}] {msg}")

    def price_of(self, item):
        try:
            return self.prices[item]
        except KeyError:
            raise MachineError(f"no such item {item!r}") from None

    def accept_coin(self, coin):
        if coin not in self.COINS:
            raise MachineError(f"rejected coin {coin}")
        self.bank[coin] += 1
        return coin

    def give_change(self):
        owed = self.credit
        given = []
        for coin in self.COINS:
            while owed >= coin and self.bank[coin] > 0:
                owed -= coin
                self.bank[coin] -= 1
                given.append(coin)
        self.say(f"change {given} ({self.credit - owed}c)" + (f", still owed {owed}c" if owed else ""))
        self.credit = owed

    def fire(self, event, arg=None):
        before = self.state
        try:
            self.state = self.state.on(self, event, arg)
        except MachineError as e:
            self.say(f"error: {e}")
            return False
        if self.state is not before:
            self.transitions.append((before.name, event, self.state.name))
        return True


vm = VendingMachine({"cola": 120, "chips": 85, "candy": 65}, {"cola": 2, "chips": 1, "candy": 0})
script = [
    ("select", "cola"), ("refund", None), ("coin", 100), ("coin", 3), ("select", "cola"),
    ("coin", 50), ("select", "cola"), ("coin", 10), ("take", None), ("coin", 200),
    ("select", "candy"), ("select", "tea"), ("select", "chips"), ("take", None),
    ("coin", 100), ("select", "chips"), ("refund", None), ("service", None),
    ("restock", ("candy", 5)), ("price", ("candy", 55)), ("coin", 10), ("done", None),
    ("coin", 50), ("coin", 5), ("select", "candy"), ("take", None),
]
for event, arg in script:
    print(f"{event}{'' if arg is None else ' ' + str(arg)}")
    vm.fire(event, arg)
print("state:", vm.state, "credit:", vm.credit)
print("sales:", vm.sales, "revenue:", sum(p for _, p in vm.sales))
print("stock:", vm.stock)
print("bank:", {c: n for c, n in vm.bank.items() if n != 5})
edges = {}
for a, ev, b in vm.transitions:
    edges[(a, b)] = edges.get((a, b), 0) + 1
for (a, b), n in sorted(edges.items()):
    print(f"  {a:>8} -> {b:<8} x{n}")


# A table-driven lexer for numbers, identifiers and operators.
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha() or ch == "_":
        return "alpha"
    if ch == ".":
        return "dot"
    if ch.isspace():
        return "space"
    return "other"


TABLE = {
    ("start", "digit"): "int", ("start", "alpha"): "ident", ("start", "dot"): "dot1",
    ("int", "digit"): "int", ("int", "dot"): "float", ("float", "digit"): "float",
    ("dot1", "digit"): "float", ("ident", "alpha"): "ident", ("ident", "digit"): "ident",
}
ACCEPT = {"int": "INT", "float": "FLOAT", "ident": "NAME"}


def lex(text):
    i = 0
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        state, j = "start", i
        last_accept = None
        while j < len(text):
            nxt = TABLE.get((state, classify(text[j])))
            if nxt is None:
                break
            state = nxt
            j += 1
            if state in ACCEPT:
                last_accept = (ACCEPT[state], j)
        if last_accept is None:
            yield ("OP", text[i])
            i += 1
        else:
            kind, end = last_accept
            yield (kind, text[i:end])
            i = end


print(list(lex("x1 = 3.14 * radius_2 + .5 - 42. ; y")))


def traffic_light():
    """A generator state machine: send it ticks, it yields the current colour."""
    cycle = [("green", 3), ("yellow", 1), ("red", 2)]
    index, left = 0, cycle[0][1]
    emergency = False
    while True:
        colour = "red" if emergency else cycle[index][0]
        command = yield colour
        if command == "emergency":
            emergency = True
            continue
        if command == "clear":
            emergency = False
            index, left = 0, cycle[0][1]
            continue
        left -= 1
        if left == 0:
            index = (index + 1) % len(cycle)
            left = cycle[index][1]


light = traffic_light()
seen = [next(light)]
for cmd in ["tick"] * 7 + ["emergency", "tick", "clear", "tick", "tick", "tick"]:
    seen.append(light.send(cmd))
print(seen)
light.close()
try:
    light.send("tick")
except StopIteration:
    print("light is off")
