s = "text"
y = -s
