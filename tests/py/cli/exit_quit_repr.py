# `exit` and `quit` come from site: their repr says how to leave the prompt.
print(repr(exit))
print(str(quit))
print(type(exit).__name__)
for q in (exit, quit):
    try:
        q()
    except SystemExit as e:
        print("SystemExit", e.code, e.args)
try:
    exit(4)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit(code="bye")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    exit(1, 2)
except TypeError as e:
    print(e)
