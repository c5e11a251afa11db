# errors: an undefined name raises NameError (with a "Did you mean" hint) after earlier output
count = 3
print("before the error")
total = count + 1
print("total is", total)
print(totl)
print("never printed")
