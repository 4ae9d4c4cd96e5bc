# A NameError after the except-as name was cleared.
try:
    raise ValueError("v")
except ValueError as err:
    print("handled", err)
print(err)
