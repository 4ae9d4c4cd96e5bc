# A class variable counts instances while instance variables stay separate.
class Ticket:
    issued = 0

    def __init__(self, holder):
        Ticket.issued += 1
        self.number = Ticket.issued
        self.holder = holder

    def __repr__(self):
        return "Ticket#" + str(self.number) + "(" + self.holder + ")"

tickets = [Ticket(name) for name in ["ann", "bob", "cy"]]
print(tickets)
print(Ticket.issued, tickets[0].issued)
print(vars(tickets[1]))
