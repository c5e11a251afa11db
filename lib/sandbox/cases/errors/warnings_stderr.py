# errors: warnings printed to stderr once per location, DeprecationWarning from __main__ only, filters, catch_warnings(record=True), custom showwarning
import warnings, sys

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

def noisy(n):
    warnings.warn(f"noisy {n}")

for i in range(3):
    noisy(1)
noisy(2)
old_api()
warnings.warn("plain user warning")
warnings.warn(RuntimeWarning("an instance"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    noisy(1)
    old_api()
    warnings.warn("bytes", BytesWarning)
print(len(caught), [(w.category.__name__, str(w.message), w.lineno) for w in caught])
warnings.filterwarnings("ignore", message="noisy")
noisy(3)
warnings.simplefilter("error", UserWarning)
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", repr(e))
warnings.resetwarnings()
warnings.warn("after reset", FutureWarning)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "x = 1"), end="")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
warnings.warn("visible again", UserWarning)
def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message, lineno)
warnings.showwarning = show
warnings.warn("via custom hook")
print("done")
