# An uncaught TypeError for an operator the class lacks.
class Money:
    def __init__(self, cents):
        self.cents = cents

total = Money(5) + 3
