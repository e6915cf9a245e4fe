"""NHS numbers: ten digits, the last a modulus 11 check digit. Plain Python."""

import re

_SEPARATORS = re.compile(r"[\s-]")


def normalise(value: str) -> str:
    """'943 476 5919' -> '9434765919' (spaces and hyphens removed)."""
    return _SEPARATORS.sub("", value or "")


def check_digit(first_nine: str) -> int | None:
    """The check digit for nine digits, or None when no valid number starts with them."""
    total = sum(int(digit) * weight for digit, weight in zip(first_nine, range(10, 1, -1), strict=True))
    remainder = 11 - (total % 11)
    if remainder == 11:
        return 0
    if remainder == 10:
        return None
    return remainder


def is_valid(value: str) -> bool:
    number = normalise(value)
    if len(number) != 10 or not number.isdigit():
        return False
    return check_digit(number[:9]) == int(number[9])


def problem_with(value: str) -> str | None:
    """A message saying what is wrong with an NHS number, or None when it is valid."""
    number = normalise(value)
    if not number.isdigit():
        return "NHS number must contain only numbers"
    if len(number) != 10:
        return "NHS number must be 10 digits"
    if not is_valid(number):
        return "Enter a valid NHS number: the check digit does not match"
    return None


def formatted(value: str) -> str:
    """'9434765919' -> '943 476 5919', as the NHS writes it."""
    number = normalise(value)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if len(number) == 10 else value
