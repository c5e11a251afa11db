# zoneinfo: offsets, DST and abbreviations by date, PEP 495 fold on repeated and skipped wall
# times, conversions between zones, one cached instance per key, unknown keys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

london, ny = ZoneInfo("Europe/London"), ZoneInfo("America/New_York")
print(repr(london), str(ny), london is ZoneInfo("Europe/London"), ZoneInfo.no_cache("Europe/London") is london)

for key in ["Europe/London", "America/New_York", "Europe/Paris", "Asia/Tokyo", "Australia/Sydney", "Asia/Kolkata", "Asia/Shanghai", "America/Sao_Paulo", "Pacific/Auckland", "UTC"]:
    zone = ZoneInfo(key)
    for month in (1, 7):
        d = datetime(2023, month, 15, 12, tzinfo=zone)
        print(key, month, d.utcoffset(), d.dst(), d.tzname(), d.isoformat())

# New York falls back on 2023-11-05: 01:30 happens twice
first = datetime(2023, 11, 5, 1, 30, tzinfo=ny)
second = first.replace(fold=1)
print(first.utcoffset(), second.utcoffset(), first.tzname(), second.tzname())
print(first.astimezone(timezone.utc), second.astimezone(timezone.utc))
# and springs forward on 2023-03-12: 02:30 does not happen
gap = datetime(2023, 3, 12, 2, 30, tzinfo=ny)
print(gap.utcoffset(), gap.replace(fold=1).utcoffset(), gap.astimezone(timezone.utc))

# fromutc marks the second 01:30 with fold=1
for minutes in (0, 30, 60, 90, 120):
    u = datetime(2023, 11, 5, 5, 0, tzinfo=timezone.utc) + timedelta(minutes=minutes)
    local = u.astimezone(ny)
    print(u.time(), local, local.fold, local.tzname())

# wall-clock arithmetic keeps the zone; the offset follows the new date
meeting = datetime(2024, 10, 26, 9, 0, tzinfo=london)
later = meeting + timedelta(days=1)
print(meeting, later, later - meeting, later.astimezone(timezone.utc) - meeting.astimezone(timezone.utc))
print(meeting.astimezone(ZoneInfo("Asia/Tokyo")), meeting.astimezone(ny) == meeting)

try:
    ZoneInfo("Mars/Olympus_Mons")
except ZoneInfoNotFoundError as e:
    print(type(e).__name__, e, isinstance(e, KeyError))
