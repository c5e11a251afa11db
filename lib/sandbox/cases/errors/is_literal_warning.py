# `is` with a literal: CPython's compile-time SyntaxWarning (printed before anything runs), then the program runs
count = 300
print(count is 300)
if count is not 301:
    print("not 301")
raise SystemExit("done")
