# skip: __del__ needs classes, which this release does not have
class Noisy:
    def __del__(self):
        print("freed")
n = Noisy()
print("dropping")
n = None
print("after")
