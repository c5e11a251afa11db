# difflib (ndiff with ? guide lines, unified and context diffs, SequenceMatcher opcodes/ratio with autojunk, get_close_matches, restore) and pprint (sorted dicts, wrapping under the width, compact, depth, recursion, long strings)
import difflib
a = "one\ntwo\nthree\nfour\nfive\n".splitlines(keepends=True)
b = "one\ntoo\nthree\nfour\nsix\nfive\n".splitlines(keepends=True)
print("".join(difflib.ndiff(a, b)), end="")
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt")), end="")
print("".join(difflib.context_diff(a, b, "a.txt", "b.txt")), end="")
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.get_opcodes(), s.find_longest_match(0, 5, 0, 4), s.get_matching_blocks())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(list(difflib.ndiff(["- [1, 2]"], ["- [1, 3]"])))
print(list(difflib.ndiff(["[1, 2]"], ["[1, 3]"])), list(difflib.ndiff(["(1, 2)"], ["(1, 3, 4)"])), list(difflib.ndiff(["{'a': 1}"], ["{'a': 2}"])))
print(list(difflib.ndiff(["a\n"], ["b\n"])), list(difflib.ndiff(["private Thread currentThread;\n"], ["private volatile Thread currentThread;\n"])))
x = [str(i % 7) * (i % 5) for i in range(300)]
y = x[:100] + ["new"] + x[120:]
print(difflib.SequenceMatcher(None, x, y).get_opcodes()[:6], round(difflib.SequenceMatcher(None, x, y).ratio(), 6))
print(''.join(difflib.restore(difflib.ndiff(a, b), 2)) == ''.join(b))
import pprint
data = {"name": "widget", "tags": ["a", "b", "c"] * 6, "dims": {"w": 10, "h": 20, "d": [1, 2, 3]}, "id": 12345678901234,
        "notes": "a fairly long string that goes on and on and on until it no longer fits in the line width at all", "empty": {}}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(30)))
pprint.pprint({"b": 1, "a": 2})
pprint.pp({"b": 1, "a": 2})
pprint.pprint((1,))
pprint.pprint([{1, 5, 3}, frozenset({"x", "y"}) , ("a" * 50, "b" * 40)])
x = [1, 2]
x.append(x)
print(pprint.pformat(x).split(" with")[0], pprint.isrecursive(x), pprint.isreadable([1, {}]))
print(pprint.pformat({"a": [1, [2, [3, [4]]]]}, depth=2), pprint.saferepr({"z": 1, "a": 2}))
pprint.pprint([[1, 2, 3]] * 10, indent=4, width=30)
