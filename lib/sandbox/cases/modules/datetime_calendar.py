# modules: datetime dates, times, datetimes and timedeltas: calendar arithmetic, ISO weeks, str/repr, strftime/strptime, fromisoformat, fixed-offset timezones, comparisons and their errors
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), date.fromordinal(738000))
print(d.strftime("%A %d %B %Y | %a %b %j %U %W %w %y %m %-d/%-m %%"), d.replace(day=1), d.ctime(), f"{d:%Y/%m/%d}", d.isoformat())
print(date.fromisoformat("2021-12-31"), date.fromisoformat("20211231"), date.fromisoformat("2021-W52-5"), date.fromisocalendar(2020, 53, 7), date(2021, 1, 3).isocalendar())
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), -td, repr(-td), abs(-td), td * 2, td / 2, td // timedelta(hours=1), td % timedelta(hours=1), td / timedelta(minutes=30))
print(timedelta(0), repr(timedelta(0)), timedelta(seconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(days=-1, seconds=5), timedelta(weeks=1.5), timedelta(milliseconds=1234567), timedelta(hours=-25))
print(timedelta(days=3) > timedelta(hours=70), timedelta(minutes=90) == timedelta(hours=1.5), sum([timedelta(minutes=m) for m in (10, 20, 30)], timedelta()), timedelta(seconds=10) * 1.5, timedelta.max, timedelta.min, timedelta.resolution)
t = time(14, 30)
print(t, repr(t), time(9, 5, 7, 12), repr(time(9, 5, 7, 12)), t.isoformat("minutes"), time(1, 2, 3, 456789).isoformat("milliseconds"), t.strftime("%I:%M %p"), time.fromisoformat("23:59:59.5"), t < time(15), t.replace(hour=1))
dt = datetime(2024, 3, 15, 14, 30, 5, 123)
print(dt, repr(dt), dt.date(), dt.time(), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.strftime("%Y-%m-%d %H:%M:%S.%f %c | %x %X %I%p %G-W%V-%u %s"), dt.ctime())
print(dt + timedelta(hours=12), dt - timedelta(days=20), datetime(2024, 1, 1) - datetime(2023, 1, 1), dt - datetime(2024, 3, 15), (datetime(2024, 3, 15, 12) - datetime(2024, 3, 14, 18)).seconds)
print(datetime.strptime("2023-07-04 09:15:00", "%Y-%m-%d %H:%M:%S"), datetime.strptime("4 Jul 23 9:15pm", "%d %b %y %I:%M%p"), datetime.strptime("2023-07-04T09:15:00.5+0200", "%Y-%m-%dT%H:%M:%S.%f%z"))
print(datetime.fromisoformat("2011-11-04T00:05:23.283+00:00"), datetime.fromisoformat("2011-11-04 00:05:23"), datetime.fromisoformat("20111104T000523"), datetime.fromisoformat("2011-11-04"), datetime.combine(date(2020, 5, 17), time(8, 0)))
utc = datetime(2024, 3, 15, 12, 0, tzinfo=timezone.utc)
est = timezone(timedelta(hours=-5), "EST")
print(utc, repr(utc), utc.astimezone(est), utc.astimezone(timezone(timedelta(hours=5, minutes=30))), utc.tzname(), utc.utcoffset(), repr(est), str(timezone(timedelta(hours=-3))), timezone.utc)
print(utc.timestamp(), datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp(), datetime.fromtimestamp(1700000000.5, timezone.utc), datetime.utcfromtimestamp(0), utc == datetime(2024, 3, 15, 7, tzinfo=est), utc.strftime("%z %Z"))
print(sorted([date(2024, 1, 5), date(2023, 12, 31), date(2024, 1, 1)]), max(datetime(2024, 1, 1), datetime(2024, 1, 1, 0, 0, 1)), date(2024, 1, 1) == datetime(2024, 1, 1), {date(2024, 1, 1): "new year"}[date(2024, 1, 1)])
for bad in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: time(24, 0), lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc), lambda: datetime.strptime("2023-13-01", "%Y-%m-%d"), lambda: datetime.strptime("2023-01-01x", "%Y-%m-%d"), lambda: date.fromisoformat("2023/01/01"), lambda: date(2024, 1, 1) < datetime(2024, 1, 1), lambda: timedelta(days=1) + 5]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
now = datetime.now()
print(type(now).__name__, now.year >= 2023, (datetime.now() - now).total_seconds() < 1, date.today() == now.date(), datetime.now(timezone.utc).tzinfo)
