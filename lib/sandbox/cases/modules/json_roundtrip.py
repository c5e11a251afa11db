# modules: json.dumps (keys, floats, escaping, indent, separators, sort_keys, default, cls) and json.loads (hooks, constants, errors with line/column)
import json
data = {"name": "Ada", "tags": ["x", "y"], "n": 3, "pi": 3.14159, "ok": True, "none": None,
        "nested": {"a": [1, 2, {"b": []}], "e": {}}, "t": (1, 2), 5: "int key", 2.5: "float key",
        False: "bool key", None: "none key", "uni": "café ☕ 😀", "esc": "tab\tquote\"back\\nl\n\x01"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps({"b": 1, "a": [1, 2], "c": {}}, indent="--", sort_keys=True))
print(json.dumps([1, [2, [3]]], separators=(",", ":")))
print(json.dumps({"a": 1}, indent=0))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e20, 1.0, 0.1, 10**30, -0.0]))
print(json.dumps("plain"), json.dumps(None), json.dumps(12), json.dumps([]))
print(json.dumps({"x": {1, 2}}, default=sorted))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)
print(json.dumps([Point(1, 2)], cls=PointEncoder))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
for bad in [{1, 2}, {(1,): 2}, float("nan")]:
    try:
        json.dumps(bad, allow_nan=False)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)

text = '{"a": [1, 2.5, -3e2, 1E+2, true, false, null], "b": {"c": "d\\u00e9\\ud83d\\ude00\\n"}, "big": 123456789012345678901234567890, "neg": -0, "f": 1.0}'
obj = json.loads(text)
print(obj)
print(type(obj["big"]).__name__, obj["neg"], obj["f"])
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads(' {"dup": 1, "dup": 2} '))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads('[1.5, 2]', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads('"tab\tinside"', strict=False))
for bad in ['', '{', '{"a" 1}', '{"a": 1,}', '[1,]', '[1 2]', '"abc', '1 2', '{"a":1 "b":2}', 'nul', '"a\\qb"', '"\\u12"', '"a\nb"', '{1: 2}', '01', '  \n  [1,\n  x]', '[1, 2', '"\\ud800"']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno)
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)
print(json.dumps(json.loads(json.dumps(data, sort_keys=False))) == json.dumps(data))
