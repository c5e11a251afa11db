# lang: `not` binds tighter than and/or, and a parenthesised and/or under `not` stays whole
a, b, c = 1, 0, 1
print(not a and b, not a or b, not b and c or a, not (a and b) or c, not (b or b) and not c, not a == 1 and c, not (a or b) or not c, not not a)
for x in (0, 1):
    for y in (0, 1):
        for z in (0, 1):
            print(x, y, z, not x and y or z, not (x or y) or not z, not x or y and z, (not x) or (y and not z))
