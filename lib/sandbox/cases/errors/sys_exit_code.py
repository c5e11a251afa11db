# errors: sys.exit(3) exits with status 3, runs finally blocks, prints no traceback
import sys
try:
    print("about to exit")
    sys.exit(3)
finally:
    print("finally still runs")
print("never printed")
