# An exception class nested in another class shows its qualified name.
class Parser:
    class ParseError(Exception):
        pass

    def parse(self, text):
        raise Parser.ParseError("unexpected " + text)

Parser().parse("}")
