# errors: adding a str and an int raises TypeError inside a function called from a loop
def label(n):
    return "item " + n

for n in range(3):
    print(label(str(n)))
print(label(3))
