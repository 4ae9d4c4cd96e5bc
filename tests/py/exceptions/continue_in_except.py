# continue and break inside except blocks.
results = []
for s in ["1", "a", "2", "stop", "3"]:
    try:
        results.append(int(s))
    except ValueError:
        if s == "stop":
            break
        continue
    finally:
        results.append("f")
print(results)
