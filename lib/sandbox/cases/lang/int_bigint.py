# lang: big integers, powers and exact arithmetic beyond 64 bits
x = 2 ** 100
print(x)
print(x + 1, x - 1)
print(x * x)
print(2 ** 64 - 1, -(2 ** 63))
print(x // 3, x % 3)
print(len(str(3 ** 200)))
print(10 ** 30 // 7)
print((2 ** 100) == (4 ** 50))
print(int("123456789012345678901234567890") * 2)
print(abs(-(10 ** 25)))
