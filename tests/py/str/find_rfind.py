# find and rfind return -1 when absent; they accept start and end.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find(""))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5), s.rfind(""))
print(s.find("a", -4), s.find("", 20))
