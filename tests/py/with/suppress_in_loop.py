# A suppressing manager inside a loop lets the loop continue.
class Skip:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is ValueError:
            print("skipped", v)
            return True

results = []
for text in ["1", "x", "3", "y", "5"]:
    with Skip():
        results.append(int(text))
print(results)
