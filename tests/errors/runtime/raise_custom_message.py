# An explicit raise of a built-in exception with a message.
def withdraw(balance, amount):
    if amount > balance:
        raise ValueError("insufficient funds")
    return balance - amount

withdraw(10, 100)
