# lang: if/elif/else, while, for, break, continue and else on loops
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i == 8:
        break
    print("even", i)
else:
    print("while finished without break")
k = 3
while k:
    k -= 1
else:
    print("while else runs, k =", k)
for x in []:
    print("never")
else:
    print("empty for-else")
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
print([classify(n) for n in (-5, 0, 5, 50)])
print("yes" if 3 > 2 else "no", 1 < 2 < 3, 1 < 3 < 2)
