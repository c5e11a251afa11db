# modules: string constants, capwords, Template (errors with line/col), Formatter.parse/format; bisect with lo/hi/key and insort
import string, bisect
from string import Template, Formatter
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b-c", "-"))
t = Template("$who likes ${what}, costs $$5")
print(t.substitute(who="Tim", what="kung pao"), t.safe_substitute(who="Tim"), t.get_identifiers(), t.is_valid())
print(Template("$a $b").safe_substitute({"a": 1}), Template("${a}x").substitute({"a": 2}, a=3))
for bad in ["$1 oops", "line\n  $ x", "ok ${bad"]:
    try:
        Template(bad).substitute({})
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Template("$missing").substitute()
except KeyError as e:
    print("KeyError", e)
print(Template("$1 x").safe_substitute(), Template("$1").is_valid())
class Percent(Template):
    delimiter = "%"
print(Percent("%name is %{age}").substitute(name="Ann", age=7))
f = Formatter()
print(f.format("{0} + {1} = {2:>4}", 1, 2, 3), f.format("{name!r:>8}|{0[1]}|{p.__name__}", [5, 6], name="x", p=print))
print(list(f.parse("a{0}b{x:>3}c{{d}}{y!r}")))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9), bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
people = [("ann", 30), ("bob", 25), ("cy", 35)]
people.sort(key=lambda p: p[1])
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("dee", 28), key=lambda p: p[1])
print(people)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(e)
