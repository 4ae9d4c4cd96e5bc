# A bank simulation: accounts, transfers, interest, and a ledger of failures.

class BankError(Exception):
    def __init__(self, message, account=None):
        super().__init__(message)
        self.account = account


class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"insufficient funds in {account.number}: need {needed}, have {account.balance}", account)
        self.needed = needed


class AccountFrozen(BankError):
    pass


class UnknownAccount(BankError, KeyError):
    pass


class Transaction:
    counter = 0

    def __init__(self, kind, amount, note=""):
        Transaction.counter += 1
        self.id = Transaction.counter
        self.kind = kind
        self.amount = amount
        self.note = note

    def __repr__(self):
        return "Transaction(#%d, %s, %d)" % (self.id, self.kind, self.amount)

    def line(self):
        sign = "+" if self.kind in ("deposit", "interest", "transfer-in") else "-"
        return f"#{self.id:03d} {self.kind:<12} {sign}{self.amount / 100:>10,.2f} {self.note}"


class Account:
    kind = "basic"
    overdraft = 0

    def __init__(self, number, owner, balance=0):
        self.number = number
        self.owner = owner
        self._balance = balance
        self.history = []
        self.frozen = False

    @property
    def balance(self):
        return self._balance

    def _check(self, amount):
        if not isinstance(amount, int):
            raise TypeError(f"amount must be an int number of cents, not {type(amount).__name__}")
        if amount <= 0:
            raise ValueError(f"amount must be positive, got {amount}")
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen", self)

    def deposit(self, amount, note=""):
        self._check(amount)
        self._balance += amount
        self.history.append(Transaction("deposit", amount, note))
        return self._balance

    def withdraw(self, amount, note=""):
        self._check(amount)
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(Transaction("withdraw", amount, note))
        return self._balance

    def month_end(self):
        pass

    def __str__(self):
        return f"{self.kind:>8} {self.number} {self.owner:<8} {self._balance / 100:>12,.2f}"

    def __lt__(self, other):
        return self._balance < other._balance


class Savings(Account):
    kind = "savings"
    rate_per_mille = 15

    def month_end(self):
        interest = self._balance * self.rate_per_mille // 1000
        if interest > 0:
            self._balance += interest
            self.history.append(Transaction("interest", interest, f"{self.rate_per_mille / 10:.1f}%"))


class Checking(Account):
    kind = "checking"
    overdraft = 50000
    fee = 250

    def month_end(self):
        if self._balance < 0:
            self._balance -= self.fee
            self.history.append(Transaction("fee", self.fee, "overdrawn"))


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.failures = []
        self._next = 1000

    def open(self, cls, owner, initial=0):
        self._next += 7
        number = f"AC{self._next}"
        account = cls(number, owner)
        self.accounts[number] = account
        if initial:
            account.deposit(initial, "opening")
        return account

    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(f"no account {number}") from None

    def transfer(self, src, dst, amount):
        a = self.get(src)
        b = self.get(dst)
        a.withdraw(amount, f"to {dst}")
        try:
            b.deposit(amount, f"from {src}")
        except BankError:
            a.deposit(amount, "refund")
            raise
        a.history[-1].kind = "transfer-out"
        b.history[-1].kind = "transfer-in"

    def attempt(self, label, fn, *args, **kwargs):
        try:
            result = fn(*args, **kwargs)
        except InsufficientFunds as e:
            self.failures.append((label, "funds", e.needed))
            print(f"  [{label}] refused: {e}")
        except AccountFrozen as e:
            self.failures.append((label, "frozen", e.account.number))
            print(f"  [{label}] refused: {e}")
        except UnknownAccount as e:
            self.failures.append((label, "unknown", None))
            print(f"  [{label}] refused: {e.args[0]} (KeyError? {isinstance(e, KeyError)})")
        except (TypeError, ValueError) as e:
            self.failures.append((label, type(e).__name__, None))
            print(f"  [{label}] bad request: {type(e).__name__}: {e}")
        else:
            print(f"  [{label}] ok" + ("" if result is None else f" -> {result}"))
        finally:
            self.operations = getattr(self, "operations", 0) + 1

    def month_end(self):
        for account in self.accounts.values():
            account.month_end()

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f"--- {self.name}: {len(self.accounts)} accounts ---")
        for account in sorted(self.accounts.values(), reverse=True):
            print("  " + str(account))
        print(f"  {'total':>26} {self.total() / 100:>12,.2f}")


bank = Bank("First Refcount Bank")
alice = bank.open(Savings, "alice", 250000)
bob = bank.open(Checking, "bob", 12000)
carol = bank.open(Account, "carol")
dave = bank.open(Savings, "dave", 999)
bank.report()

print("day 1")
bank.attempt("t1", bank.transfer, alice.number, bob.number, 30000)
bank.attempt("t2", bank.transfer, bob.number, carol.number, 100000)
bank.attempt("t3", bank.transfer, bob.number, carol.number, 1000)
bank.attempt("w1", carol.withdraw, 5000)
bank.attempt("w2", carol.withdraw, 500)
bank.attempt("d1", dave.deposit, 12.5)
bank.attempt("d2", dave.deposit, -3)
bank.attempt("x1", bank.transfer, "AC9999", alice.number, 10)

print("day 2")
carol.frozen = True
bank.attempt("t4", bank.transfer, alice.number, carol.number, 100)
bank.attempt("w3", carol.withdraw, 100)
carol.frozen = False
bank.attempt("t5", bank.transfer, alice.number, carol.number, 4321)
bank.attempt("w4", bob.withdraw, 60000, note="rent")

for month in range(1, 4):
    bank.month_end()
    print(f"after month {month}: total {bank.total():,} cents")
bank.report()

print("history of", bob.owner)
for t in bob.history:
    print("  " + t.line())
print("history of", alice.owner)
for t in alice.history:
    print("  " + t.line())

print("failures:")
by_reason = {}
for label, reason, detail in bank.failures:
    by_reason.setdefault(reason, []).append(label)
for reason in sorted(by_reason):
    print(f"  {reason:<10} {', '.join(by_reason[reason])}")
print("operations attempted:", bank.operations)
print("richest:", max(bank.accounts.values()).owner)
print("poorest:", min(bank.accounts.values(), key=lambda a: a.balance).owner)
kinds = {a.kind for a in bank.accounts.values()}
print("kinds:", sorted(kinds))
print("last transaction:", repr(max((t for a in bank.accounts.values() for t in a.history), key=lambda t: t.id)))
print(issubclass(InsufficientFunds, BankError), issubclass(UnknownAccount, LookupError))
