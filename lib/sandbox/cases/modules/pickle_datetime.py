# pickling datetime values: date, datetime, time (fold, tzinfo) and timedelta reduce to CPython's packed states, so the pickles are CPython's bytes; timezone(timedelta(0)) is timezone.utc
import pickle
from datetime import date, datetime, time, timedelta, timezone
for v in (date(2025, 1, 31), datetime(2025, 1, 31, 10, 5, 7, 123456), datetime(2025, 1, 31, 10, fold=1),
          datetime(2025, 1, 31, tzinfo=timezone.utc), time(10, 5, 7, 5), time(1, 2, fold=1), timedelta(1, 2, 3),
          time(3, tzinfo=timezone(timedelta(hours=2)))):
    blob = pickle.dumps(v)
    back = pickle.loads(blob)
    print(blob, back == v, repr(back), back.fold if hasattr(back, "fold") else "")
print(date(2025, 1, 31).__reduce__(), datetime(2025, 1, 31, 10, 5, 7, 123456).__reduce__())
print(time(10, 5, 7, 5).__reduce__(), datetime(2025, 1, 31, 10, fold=1).__reduce_ex__(4))
print(date(b"\x07\xe9\x01\x1f"), datetime(b"\x07\xe9\x01\x1f\n\x05\x07\x01\xe2@"), time(b"\n\x05\x07\x00\x00\x05"))
