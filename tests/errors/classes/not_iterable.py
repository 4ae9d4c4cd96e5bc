# Iterating over an instance without __iter__.
class Deck:
    pass

for card in Deck():
    print(card)
