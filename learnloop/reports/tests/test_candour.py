"""The duty of candour clock counts working days in England: no weekends, no bank holidays."""

from datetime import date

from learnloop.reports import candour


def test_weekends_are_not_working_days():
    assert candour.is_working_day(date(2026, 11, 27))  # a Friday
    assert not candour.is_working_day(date(2026, 11, 28))  # Saturday
    assert not candour.is_working_day(date(2026, 11, 29))  # Sunday


def test_bank_holidays_are_not_working_days():
    assert not candour.is_working_day(date(2026, 12, 25))  # Christmas Day, a Friday
    assert not candour.is_working_day(date(2026, 12, 28))  # Boxing Day's substitute Monday
    assert not candour.is_working_day(date(2026, 8, 31))  # summer bank holiday


def test_due_ten_working_days_after_a_friday_report_skips_two_weekends():
    assert candour.candour_due(date(2026, 11, 27)) == date(2026, 12, 11)


def test_due_date_over_christmas_skips_three_bank_holidays():
    # 22, 23, 24, 29, 30, 31 December, 4, 5, 6, 7 January.
    assert candour.candour_due(date(2026, 12, 21)) == date(2027, 1, 7)


def test_working_days_between_counts_after_start_up_to_end():
    assert candour.working_days_between(date(2026, 11, 27), date(2026, 11, 30)) == 1
    assert candour.working_days_between(date(2026, 11, 30), date(2026, 11, 27)) == -1
    assert candour.working_days_between(date(2026, 12, 24), date(2026, 12, 29)) == 1
