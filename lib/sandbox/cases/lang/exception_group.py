# lang: ExceptionGroup with except* and plain except, and exception notes
def fail_many():
    raise ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    fail_many()
except* ValueError as eg:
    print("ValueErrors:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("TypeErrors:", [str(e) for e in eg.exceptions])
try:
    fail_many()
except ExceptionGroup as eg:
    print(type(eg).__name__, eg.message, len(eg.exceptions))
    print(str(eg))
    print(repr(eg))
try:
    raise ValueError("base")
except ValueError as e:
    e.add_note("extra context")
    print(e.__notes__)
