# Positional, keyword and default arguments mixed.
def describe(name, age=0, city="nowhere"):
    print(name, age, city)
describe("ann")
describe("bob", 30)
describe("cy", city="Paris")
describe(city="Rome", name="dee", age=5)
describe("ed", 1, "Oslo")
