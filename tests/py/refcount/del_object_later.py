# An object is freed, and its __del__ runs, the moment its last reference goes.
class Noisy:
    def __del__(self):
        print("freed")
n = Noisy()
print("dropping")
n = None
print("after")
