"""NHS numbers: ten digits with a modulus 11 check digit."""

from learnloop.reports import nhs_number


def test_a_valid_number_has_no_problem():
    assert nhs_number.problem_with("9434765919") is None
    assert nhs_number.is_valid("943 476 5919")


def test_a_wrong_check_digit_is_named():
    assert (
        nhs_number.problem_with("9434765918")
        == "Enter a valid NHS number: the check digit does not match"
    )


def test_the_wrong_length_is_named():
    assert nhs_number.problem_with("943476591") == "NHS number must be 10 digits"
    assert nhs_number.problem_with("94347659190") == "NHS number must be 10 digits"


def test_letters_are_refused():
    assert nhs_number.problem_with("94347659AB") == "NHS number must contain only numbers"


def test_no_number_has_a_check_digit_of_10():
    # 1*10 + 1*2 = 12; 11 - (12 % 11) = 10: no digit can follow 100000001.
    assert nhs_number.check_digit("100000001") is None
    assert not any(nhs_number.is_valid(f"100000001{digit}") for digit in range(10))


def test_remainder_11_gives_check_digit_0():
    # 9*10 + 9*9 + ... : choose nine digits whose weighted sum is a multiple of 11.
    assert nhs_number.check_digit("000000000") == 0
    assert nhs_number.is_valid("0000000000")


def test_formatted_as_the_nhs_writes_it():
    assert nhs_number.formatted("9434765919") == "943 476 5919"
