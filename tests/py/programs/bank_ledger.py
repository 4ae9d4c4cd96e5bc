# A ledger of accounts (dicts) and a transaction log (list of tuples).
accounts = {}
log = []

def open_account(name, initial):
    if name in accounts:
        raise ValueError("account exists: " + name)
    accounts[name] = {"balance": initial, "history": []}
    log.append(("open", name, initial))

def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    if accounts[src]["balance"] < amount:
        raise RuntimeError("insufficient funds in " + src)
    accounts[src]["balance"] -= amount
    accounts[dst]["balance"] += amount
    accounts[src]["history"].append(-amount)
    accounts[dst]["history"].append(amount)
    log.append(("transfer", src, dst, amount))

open_account("alice", 100)
open_account("bob", 50)
open_account("carol", 0)
transfer("alice", "bob", 30)
transfer("bob", "carol", 70)
for attempt in [("carol", "alice", 500), ("alice", "bob", -5), ("alice", "dave", 1)]:
    try:
        transfer(attempt[0], attempt[1], attempt[2])
    except (ValueError, RuntimeError, KeyError) as e:
        print("rejected:", type(e).__name__, e)
try:
    open_account("bob", 1)
except ValueError as e:
    print("rejected:", e)
for name in sorted(accounts):
    acct = accounts[name]
    print(name, acct["balance"], acct["history"])
print(len(log), log[-1])
total = 0
for acct in accounts.values():
    total += acct["balance"]
print("total money:", total)
