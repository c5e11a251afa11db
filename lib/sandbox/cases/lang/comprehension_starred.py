# starred targets in comprehension for-clauses
pairs = [(1, 2, 3), (4, 5, 6, 7), (8, 9)]
print([rest for first, *rest in pairs])
print({first: last for first, *_, last in pairs})
print([(a, b) for *a, b in pairs])
print({len(mid) for _, *mid, _ in pairs})
print(list(head for head, *_ in pairs), sum(n for _, *ns in pairs for n in ns))
print([x for (a, *bs) in [("p", 1, 2)] for x in bs])
