# A bank account model with its own exception hierarchy.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__("account " + account.number + " cannot withdraw " + str(amount))
        self.shortfall = amount - account.balance


class AccountClosed(BankError):
    pass


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.open = True
        self.number = str(Account.next_number)
        Account.next_number += 1

    def _check(self):
        if not self.open:
            raise AccountClosed("account " + self.number + " is closed")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def close(self):
        self.open = False

    def __repr__(self):
        return "Account(" + self.number + ", " + self.owner + ", " + str(self.balance) + ")"


class SavingsAccount(Account):
    rate_percent = 2

    def add_interest(self):
        interest = self.balance * self.rate_percent // 100
        self.deposit(interest)
        return interest


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, balance=0, savings=False):
        cls = SavingsAccount if savings else Account
        acct = cls(owner, balance)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            print("transfer refused:", e, "(short by " + str(e.shortfall) + ")")
            return False
        try:
            dst.deposit(amount)
        except BankError as e:
            src.deposit(amount)
            print("transfer rolled back:", e)
            return False
        return True

    def total(self):
        return sum([a.balance for a in self.accounts.values()])


bank = Bank()
alice = bank.open("alice", 100)
bob = bank.open("bob", 50, savings=True)
carol = bank.open("carol")
print(alice, bob, carol)
print(bank.transfer(alice, bob, 30))
print(bank.transfer(carol, alice, 10))
carol.close()
print(bank.transfer(bob, carol, 20))
print("interest", bob.add_interest())
for bad in [0, -5]:
    try:
        alice.deposit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    carol.deposit(1)
except BankError as e:
    print(type(e).__name__, e)
for acct in bank.accounts.values():
    print(acct, acct.history, type(acct).__name__)
print("total", bank.total())
print([k.__name__ for k in InsufficientFunds.__mro__])
