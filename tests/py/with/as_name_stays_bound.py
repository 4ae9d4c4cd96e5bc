# Unlike except ... as, the with ... as name stays bound afterwards.
class CM:
    def __enter__(self):
        return [1, 2]

    def __exit__(self, *a):
        pass

with CM() as value:
    value.append(3)
print(value)
