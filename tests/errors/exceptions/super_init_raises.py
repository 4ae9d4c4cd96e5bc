# An exception raised in a parent's __init__ reached through super().
class Base:
    def __init__(self, size):
        if size <= 0:
            raise ValueError("size must be positive")
        self.size = size

class Buffer(Base):
    def __init__(self, size):
        super().__init__(size)
        self.data = [0] * size

b = Buffer(0)
