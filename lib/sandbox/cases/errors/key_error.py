# errors: missing dict key raises KeyError showing the key's repr
stock = {"apple": 3, "pear": 0}
print("checking", len(stock), "fruits")
for fruit in ["apple", "pear", "plum"]:
    print(fruit, stock[fruit])
