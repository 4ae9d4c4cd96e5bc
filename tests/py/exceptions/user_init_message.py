# An exception whose __init__ builds the message passed to the base.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__("need " + str(amount - balance) + " more")
        self.balance = balance
        self.amount = amount

try:
    raise InsufficientFunds(10, 25)
except InsufficientFunds as e:
    print(type(e).__name__, e)
    print(e.args, e.balance, e.amount)
