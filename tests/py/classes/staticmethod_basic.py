# staticmethod takes no implicit first argument.
class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b

    def twice(self, x):
        return self.add(x, x)

print(MathUtil.add(2, 3))
print(MathUtil().add(4, 5))
print(MathUtil().twice(6))
print(type(MathUtil.__dict__["add"]).__name__)
print(MathUtil.add is MathUtil.__dict__["add"].__func__)
