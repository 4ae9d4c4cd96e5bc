# An inventory system with properties, classmethods and staticmethods.
class OutOfStock(Exception):
    pass


class Product:
    _registry = {}

    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self._qty = 0
        self.qty = qty
        Product._registry[sku] = self

    @property
    def qty(self):
        return self._qty

    @qty.setter
    def qty(self, value):
        if value < 0:
            raise ValueError("quantity cannot be negative: " + str(value))
        self._qty = value

    @property
    def value(self):
        return self.price * self._qty

    @property
    def in_stock(self):
        return self._qty > 0

    @classmethod
    def from_line(cls, line):
        sku, name, price, qty = [p.strip() for p in line.split(",")]
        return cls(sku, name, int(price), int(qty))

    @classmethod
    def lookup(cls, sku):
        try:
            return cls._registry[sku]
        except KeyError:
            raise LookupError("unknown sku " + sku) from None

    @staticmethod
    def cents(amount):
        return str(amount // 100) + "." + str(amount % 100 // 10) + str(amount % 10)

    def __repr__(self):
        return "Product(" + self.sku + ", " + self.name + ", qty=" + str(self._qty) + ")"


class Perishable(Product):
    def __init__(self, sku, name, price, qty=0, days=7):
        super().__init__(sku, name, price, qty)
        self.days = days

    @property
    def value(self):
        base = super().value
        return base // 2 if self.days < 3 else base


class Inventory:
    def __init__(self):
        self.items = []

    def add(self, product):
        self.items.append(product)
        return self

    def take(self, sku, n):
        p = Product.lookup(sku)
        if p.qty < n:
            raise OutOfStock(p.name + ": wanted " + str(n) + ", have " + str(p.qty))
        p.qty -= n
        return p

    def total_value(self):
        return sum([p.value for p in self.items])

    def report(self):
        for p in sorted(self.items, key=lambda p: p.sku):
            flag = "" if p.in_stock else " (out)"
            print(" ", p.sku, p.name, Product.cents(p.value) + flag)


inv = Inventory()
inv.add(Product.from_line("A1, widget, 250, 10"))
inv.add(Product("B2", "gadget", 1999, 2)).add(Perishable("C3", "milk", 120, 5, days=2))
inv.add(Perishable.from_line("D4, bread, 305, 0"))
inv.report()
print("total", Product.cents(inv.total_value()))
print(inv.take("A1", 4))
for sku, n in [("B2", 3), ("Z9", 1), ("D4", 1)]:
    try:
        inv.take(sku, n)
    except (OutOfStock, LookupError) as e:
        print(type(e).__name__, e)
try:
    Product.lookup("A1").qty = -1
except ValueError as e:
    print(type(e).__name__, e)
print(type(Product.lookup("D4")).__name__, Product.lookup("D4").days)
print([p.name for p in inv.items if p.in_stock])
print(Product.cents(5), Product.cents(1234))
inv.report()
