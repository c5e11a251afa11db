# errors: IndexError from a loop that runs one step too far
items = ["a", "b", "c"]
i = 0
while i <= len(items):
    print(i, items[i])
    i += 1
