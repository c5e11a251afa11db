# lang: try/except/else/finally order of execution
def attempt(x):
    try:
        print("  try", x)
        r = 10 / x
    except ZeroDivisionError as e:
        print("  except:", e)
        return "failed"
    else:
        print("  else", r)
        return "ok"
    finally:
        print("  finally")
print(attempt(2))
print(attempt(0))
def finally_wins():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")
print(finally_wins())
try:
    int("abc")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    [][1]
except LookupError as e:
    print("LookupError caught:", type(e).__name__, e)
try:
    {}["k"]
except Exception as e:
    print(repr(e), str(e))
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)
