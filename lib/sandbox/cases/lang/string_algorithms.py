# lang: small string algorithms: palindromes, word counts, caesar cipher, reversing words
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
text = "the quick brown fox jumps over the lazy dog the end"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print(" ".join(reversed("one two three".split())), "-".join(w.capitalize() for w in "a bc def".split()))
print("%-6s|%6s|%06.2f|%x|%%" % ("ab", "cd", 3.14159, 255))
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, qty in table:
    print(f"{name:<8}{price:>6.2f}{qty:>4}{price * qty:>8.2f}")
