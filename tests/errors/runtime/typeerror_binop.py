# A TypeError from a binary operation between names.
count = 3
label = "items: "
message = label + count
