# lang: floor division and modulo with negative operands round toward minus infinity
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (-1, 10)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(7 / 2, -7 / 2, 6 / 3)
print(-(2 ** 70) // 3, -(2 ** 70) % 3)
print(divmod(10 ** 20, 7))
print(int(-3.7), int(3.7), int("-42"), int("ff", 16), int("0b101", 0))
