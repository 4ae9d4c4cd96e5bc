def make_bank():
    accounts = {}
    def deposit(name, amount):
        accounts[name] = accounts.get(name, 0) + amount
        return accounts[name]
    def report():
        return sorted(accounts.items())
    return deposit, report
dep, rep = make_bank()
dep("a", 5); dep("b", 3); dep("a", 2)
print(rep())
