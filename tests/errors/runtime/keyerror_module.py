# KeyError at module level, with the subscript marked.
prices = {"apple": 3}
total = prices["apple"] + prices["melon"]
