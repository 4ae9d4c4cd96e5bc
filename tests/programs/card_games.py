# Seeded card and dice simulations: a deck, a blackjack table with a fixed
# strategy, a dice-rolling statistics run and a random walk.
import random

SUITS = "SHDC"
RANKS = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A"]


class Card:
    __slots__ = ("rank", "suit")

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    @property
    def value(self):
        if self.rank == "A":
            return 11
        if self.rank in ("J", "Q", "K"):
            return 10
        return int(self.rank)

    def __repr__(self):
        return self.rank + self.suit

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __hash__(self):
        return hash((self.rank, self.suit))


class Deck:
    def __init__(self, decks=1):
        self.cards = [Card(r, s) for _ in range(decks) for s in SUITS for r in RANKS]
        self.dealt = 0

    def shuffle(self):
        random.shuffle(self.cards)
        self.dealt = 0

    def deal(self):
        if self.dealt >= len(self.cards):
            raise IndexError("deck exhausted")
        card = self.cards[self.dealt]
        self.dealt += 1
        return card

    def remaining(self):
        return len(self.cards) - self.dealt

    def __iter__(self):
        while self.remaining():
            yield self.deal()


def hand_value(hand):
    total = sum(c.value for c in hand)
    aces = sum(1 for c in hand if c.rank == "A")
    while total > 21 and aces:
        total -= 10
        aces -= 1
    return total


def play_round(deck, bet):
    player = [deck.deal(), deck.deal()]
    dealer = [deck.deal(), deck.deal()]
    if hand_value(player) == 21:
        return player, dealer, "blackjack", bet * 3 // 2
    while hand_value(player) < 17 or (hand_value(player) < 19 and dealer[0].value >= 9):
        player.append(deck.deal())
    p = hand_value(player)
    if p > 21:
        return player, dealer, "bust", -bet
    while hand_value(dealer) < 17:
        dealer.append(deck.deal())
    d = hand_value(dealer)
    if d > 21 or p > d:
        return player, dealer, "win", bet
    if p == d:
        return player, dealer, "push", 0
    return player, dealer, "lose", -bet


def rolls(n, sides=6):
    for _ in range(n):
        yield random.randint(1, sides)


random.seed(42)
print("random():", [round(random.random(), 6) for _ in range(3)])
print("randint:", [random.randint(1, 100) for _ in range(8)])
print("randrange:", [random.randrange(0, 50, 5) for _ in range(6)], random.randrange(10))
print("choice:", [random.choice("abcdef") for _ in range(8)])
print("uniform:", [round(random.uniform(-1, 1), 4) for _ in range(3)])
items = list(range(10))
random.shuffle(items)
print("shuffle:", items)

random.seed(7)
deck = Deck()
deck.shuffle()
print("top cards:", [deck.deal() for _ in range(8)], "remaining", deck.remaining())
print("rest unique:", len(set(deck)) == 44, deck.remaining())

random.seed(2023)
shoe = Deck(decks=4)
shoe.shuffle()
bankroll = 1000
outcomes = {}
history = []
for round_no in range(1, 41):
    if shoe.remaining() < 20:
        shoe.shuffle()
        print(f"  (reshuffled before round {round_no})")
    bet = 10 if bankroll < 1000 else 20
    player, dealer, result, delta = play_round(shoe, bet)
    bankroll += delta
    outcomes[result] = outcomes.get(result, 0) + 1
    history.append(bankroll)
    if round_no <= 8:
        print(f"round {round_no:2}: {str(player):<18} {hand_value(player):>2} vs {str(dealer):<18} {hand_value(dealer):>2} {result:<9} {delta:+4d} -> {bankroll}")
print("outcomes:", dict(sorted(outcomes.items())))
print("bankroll: final %d, high %d, low %d" % (bankroll, max(history), min(history)))

random.seed(99)
counts = [0] * 13
for a, b in zip(rolls(3000), rolls(3000)):
    counts[a + b] += 1
total = sum(counts)
for s in range(2, 13):
    expected = (6 - abs(s - 7)) / 36
    share = counts[s] / total
    print(f"{s:>2} {counts[s]:>4} {share:6.3f} (expect {expected:.3f}) {'*' * (counts[s] // 20)}")

random.seed(5)
position, furthest, path = 0, 0, []
for step in range(200):
    position += random.choice((-1, 1))
    furthest = max(furthest, abs(position))
    if step % 20 == 19:
        path.append(position)
print("walk:", path, "furthest:", furthest)

random.seed(11)
population = [f"p{i}" for i in range(20)]
random.shuffle(population)
teams = [population[i::4] for i in range(4)]
for i, team in enumerate(teams, 1):
    print(f"team {i}: {', '.join(sorted(team, key=lambda p: int(p[1:])))}")
dice_game = {}
for player in ("ann", "bob", "cy"):
    score = sum(rolls(5))
    dice_game[player] = score
winner = max(dice_game, key=dice_game.get)
print(dice_game, "winner:", winner)
