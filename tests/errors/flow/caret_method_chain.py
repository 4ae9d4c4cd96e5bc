text = "a,b"
parts = text.split(",").pop().upper().nothing()
