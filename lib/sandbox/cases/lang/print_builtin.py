# lang: print() with sep, end, multiple args and no args
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print()
print(1, 2.0, None, True, [1, "x"], sep=" | ")
for i in range(3):
    print(i, end=" ")
print(end="\n")
print("tab\tsep", "quote'\"", "back\\slash")
print(*"abc", sep="\n")
print("x" * 0, "", "y")
import sys
print("to stdout explicitly", file=sys.stdout)
sys.stdout.write("write returns nothing printed\n")
