# helper: imported by other tests
"""A helper module for the import tests."""
print("helper_mod runs, __name__ =", __name__)
value = 10
_private = 1


def double(x):
    return 2 * x


if __name__ == "__main__":
    print("never printed when imported")
