# A library and warehouse inventory manager: records, queries, reports.

class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} in stock")
        self.sku, self.wanted, self.have = sku, wanted, have


class Product:
    def __init__(self, sku, name, category, price, qty=0, tags=()):
        self.sku = sku
        self.name = name
        self.category = category
        self.price = price
        self.qty = qty
        self.tags = set(tags)

    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return "Product(%r, %r, qty=%d)" % (self.sku, self.name, self.qty)


class Book(Product):
    def __init__(self, sku, title, author, year, price, qty=0, tags=()):
        super().__init__(sku, title, "books", price, qty, tags)
        self.author = author
        self.year = year
        self.loans = []

    def __repr__(self):
        return f"Book({self.name!r} by {self.author}, {self.year})"


class Inventory:
    def __init__(self):
        self.products = {}
        self.journal = []

    def add(self, product):
        if product.sku in self.products:
            raise InventoryError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product
        self.journal.append(("add", product.sku, product.qty))

    def restock(self, sku, qty):
        self[sku].qty += qty
        self.journal.append(("restock", sku, qty))

    def sell(self, sku, qty):
        p = self[sku]
        if p.qty < qty:
            raise OutOfStock(sku, qty, p.qty)
        p.qty -= qty
        self.journal.append(("sell", sku, qty))
        return p.price * qty

    def __getitem__(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku!r}") from None

    def __len__(self):
        return len(self.products)

    def __iter__(self):
        return iter(sorted(self.products.values(), key=lambda p: p.sku))

    def find(self, **criteria):
        """Yield the products matching every keyword criterion."""
        for p in self:
            ok = True
            for key, want in criteria.items():
                if key == "tag":
                    ok = want in p.tags
                elif key == "max_price":
                    ok = p.price <= want
                elif key == "name_has":
                    ok = want.lower() in p.name.lower()
                else:
                    ok = getattr(p, key, None) == want
                if not ok:
                    break
            if ok:
                yield p

    def by_category(self):
        groups = {}
        for p in self:
            groups.setdefault(p.category, []).append(p)
        return groups

    def low_stock(self, threshold=3):
        return [p.sku for p in self if p.qty <= threshold]

    def report(self):
        print(f"{'SKU':<6}{'NAME':<28}{'CAT':<10}{'PRICE':>8}{'QTY':>5}{'VALUE':>10}")
        for cat, items in sorted(self.by_category().items()):
            for p in items:
                print(f"{p.sku:<6}{p.name[:27]:<28}{cat:<10}{p.price:>8.2f}{p.qty:>5}{p.value():>10.2f}")
        total = sum(p.value() for p in self)
        print(f"{'':<52}{total:>10.2f}")


class Library:
    def __init__(self, inventory):
        self.inventory = inventory
        self.members = {}
        self.day = 0

    def join(self, name):
        self.members[name] = []

    def lend(self, member, sku):
        if member not in self.members:
            raise InventoryError(f"{member} is not a member")
        book = self.inventory[sku]
        if not isinstance(book, Book):
            raise InventoryError(f"{sku} is not a book")
        if book.qty == 0:
            raise OutOfStock(sku, 1, 0)
        book.qty -= 1
        book.loans.append((member, self.day))
        self.members[member].append(sku)

    def give_back(self, member, sku):
        self.members[member].remove(sku)
        self.inventory[sku].qty += 1

    def overdue(self, limit):
        for book in self.inventory.find(category="books"):
            for member, day in book.loans:
                if sku_held(self, member, book.sku) and self.day - day > limit:
                    yield member, book.name, self.day - day


def sku_held(library, member, sku):
    return sku in library.members.get(member, ())


inv = Inventory()
for p in [
    Product("P100", "USB cable", "hardware", 4.99, 25, {"usb", "cable"}),
    Product("P101", "Mechanical keyboard", "hardware", 89.5, 4, {"usb", "input"}),
    Product("P102", "Monitor stand", "furniture", 34.0, 2),
    Product("P103", "Desk lamp", "furniture", 22.25, 0, {"light"}),
    Product("P104", "Notebook, squared", "stationery", 2.5, 120, {"paper"}),
    Product("P105", "Fountain pen", "stationery", 45.0, 3, {"ink"}),
    Book("B200", "Structure and Interpretation", "Abelson", 1985, 55.0, 2, {"classic", "lisp"}),
    Book("B201", "The C Programming Language", "Kernighan", 1978, 48.0, 1, {"classic", "c"}),
    Book("B202", "Garbage Collection", "Jones", 1996, 75.0, 1, {"gc"}),
    Book("B203", "Crafting Interpreters", "Nystrom", 2021, 40.0, 3, {"interpreters"}),
]:
    inv.add(p)

inv.report()
print(len(inv), "products;", "low stock:", inv.low_stock())
print("usb:", [p.name for p in inv.find(tag="usb")])
print("cheap stationery:", list(inv.find(category="stationery", max_price=10)))
print("classics:", [b.name for b in inv.find(tag="classic")])
print("name has 'o':", [p.sku for p in inv.find(name_has="O")])

revenue = 0
orders = [("P100", 5), ("P101", 5), ("P104", 100), ("P103", 1), ("P999", 1), ("P105", 3)]
for sku, qty in orders:
    try:
        amount = inv.sell(sku, qty)
    except OutOfStock as e:
        print(f"order {sku}x{qty}: out of stock ({e.have} left)")
    except InventoryError as e:
        print(f"order {sku}x{qty}: {e}")
    else:
        revenue += amount
        print(f"order {sku}x{qty}: {amount:.2f}")
print(f"revenue {revenue:.2f}")
inv.restock("P103", 10)
try:
    inv.add(Product("P100", "dup", "x", 1))
except InventoryError as e:
    print("error:", e)

lib = Library(inv)
for name in ("ann", "ben", "cid"):
    lib.join(name)
requests = [("ann", "B200"), ("ben", "B200"), ("cid", "B200"), ("ann", "B201"),
            ("ben", "B201"), ("zed", "B202"), ("cid", "P100"), ("cid", "B203")]
for member, sku in requests:
    lib.day += 1
    try:
        lib.lend(member, sku)
        print(f"day {lib.day}: {member} borrows {inv[sku].name}")
    except InventoryError as e:
        print(f"day {lib.day}: {member} cannot borrow {sku}: {e}")
lib.day += 10
lib.give_back("ann", "B200")
print("overdue:", sorted(lib.overdue(8)))
print({m: sorted(s) for m, s in lib.members.items()})

summary = {cat: (len(items), sum(p.qty for p in items)) for cat, items in inv.by_category().items()}
for cat in sorted(summary, key=lambda c: (-summary[c][1], c)):
    n, q = summary[cat]
    print("%-11s %2d products %4d units" % (cat, n, q))
actions = {}
for action, sku, qty in inv.journal:
    actions[action] = actions.get(action, 0) + qty
print(actions)
authors = sorted((b.year, b.author) for b in inv.find(category="books"))
print(authors, "newest:", max(authors)[1])
all_tags = set().union(*(p.tags for p in inv))
print(sorted(all_tags))
inv.report()
