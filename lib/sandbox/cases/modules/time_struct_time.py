import time
from datetime import date, datetime
tt = date(2024, 12, 31).timetuple()
print(tt.tm_yday, tt)
print(type(tt).__name__, type(tt).__module__, isinstance(tt, time.struct_time), isinstance(tt, tuple))
print(tt[0], tt[-1], tt[:3], len(tt), tt.tm_isdst, tt.tm_zone, tt.tm_gmtoff)
y, m, d, *rest = tt
print(y, m, d, rest)
dt = datetime(2023, 3, 5, 14, 7, 9).timetuple()
print(dt)
print(dt.tm_hour, dt.tm_min, dt.tm_sec, dt.tm_wday, dt.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", dt))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st, st.tm_mon, st == (2020, 1, 2, 3, 4, 5, 3, 2, 0))
g = time.gmtime(0)
print(g, g.tm_zone, g.tm_gmtoff)
g = time.gmtime(86400 * 365.5)
print(g)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    tt.tm_year = 5
except AttributeError as e:
    print("AttributeError")
lt = time.localtime()
print(type(lt).__name__, len(lt))
