# Adjacent literals are joined at compile time, across forms.
s = "abc" 'def' """ghi""" r'\n'
print(s)
print(len(s))
print("x" "y" == "xy")
