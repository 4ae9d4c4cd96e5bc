# An AttributeError raised inside a method shows both frames.
class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, amount):
        self.balanse += amount

a = Account()
a.deposit(5)
