# An exception raised in __init__ is uncaught.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError("below absolute zero: " + str(kelvin))
        self.kelvin = kelvin

t = Temperature(-5)
