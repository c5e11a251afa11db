# lang: pow with a modulus, negative exponents, and integer bit operations
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000007))
print(pow(2, -1), 2 ** -2)
print(pow(3, -1, 7))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, (1 << 70) >> 68)
print(-17 >> 2, -17 & 0xFF)
print((255).bit_length(), (2 ** 100).bit_length(), (0).bit_length())
print(hex(255), bin(10), oct(8), hex(-255), bin(-5))
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"))
