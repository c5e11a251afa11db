# f-strings: `=` keeps the spaces around it, `{x:=8d}` is a format spec with "=" fill/align (not a walrus)
x = 5
name = "bob"
items = [1, 2]
print(f"{x = }", f"{x=}", f"{x =}", f"{ x = }", f"{x  =  !s}", f"{items[0] + 1 = }")
print(f"{name=!r:>8}", f"{x=:5d}", f"{x = :>4}", f"{'a' if x else 'b' = }")
print(f"{x:=8d}", f"{-x:=8d}", f"{x:=^9}", f"{3.14159:=+10.2f}", f"{x!r:=>4}", f'{"s":=<5}')
print(f"{(y := 7)}", y, f"{x:={x}d}", f"{x:{'='}>{4}}")
total = 1234.5
print(f"{total = :,.2f}", f"{total=:_>12}")
