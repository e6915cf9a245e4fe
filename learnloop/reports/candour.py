"""The duty of candour clock: 10 working days in England from when the incident was reported.

Plain Python (the `holidays` package gives England's bank holidays).
"""

from datetime import date, timedelta
from functools import cache

import holidays

CANDOUR_WORKING_DAYS = 10


@cache
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.UK(subdiv="ENG", years=year).keys())


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    day = start
    added = 0
    while added < days:
        day += timedelta(days=1)
        if is_working_day(day):
            added += 1
    return day


def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (negative when end is before start)."""
    if end < start:
        return -working_days_between(end, start)
    return sum(1 for n in range(1, (end - start).days + 1) if is_working_day(start + timedelta(days=n)))


def candour_due(reported_on: date) -> date:
    return add_working_days(reported_on, CANDOUR_WORKING_DAYS)
