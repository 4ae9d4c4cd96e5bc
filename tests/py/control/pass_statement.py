# pass in every block kind.
def nothing():
    pass
for i in range(2):
    pass
while False:
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
print(nothing(), i)
