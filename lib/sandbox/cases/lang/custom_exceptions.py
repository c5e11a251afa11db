# lang: custom exception hierarchy, extra attributes and except ordering
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key
class Invalid(AppError):
    def __str__(self):
        return "invalid: " + ", ".join(map(str, self.args))
def lookup(k):
    if k == "bad":
        raise Invalid(1, 2)
    if k != "ok":
        raise NotFound(k)
    return 42
for k in ["ok", "nope", "bad"]:
    try:
        print(lookup(k))
    except NotFound as e:
        print("NotFound", e, e.key, e.args)
    except AppError as e:
        print("AppError", e, repr(e), type(e).__mro__[1].__name__)
print(issubclass(NotFound, Exception), isinstance(Invalid(), AppError))
print(repr(AppError()), str(AppError("x", 1)), repr(NotFound("q")))
