"""Property tests: known identifiers are always removed, spans are always valid and sorted."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from learnloop.sharing import wordlists
from learnloop.sharing.deidentify import deidentify

# Words and punctuation from which random narratives are built (lower case, so they never
# spell a capitalised name or a postcode by accident).
filler_words = st.lists(
    st.sampled_from(
        "the patient was seen on ward and had a fall , . ; at night with pain 3 12 of to "
        "daughter son nurse reviewed plan bloods sats 94 % no harm ( ) : - 07 mg".split()
    ),
    max_size=30,
)
any_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)

first_names = st.sampled_from(["Margaret", "Oliver", "Priya", "Siobhan", "Kwame", "Zofia", "Aled"])
surnames = st.sampled_from(
    ["Thornbury", "Okafor", "Nowak", "Ramsbottom", "McAllister", "Singh", "O'Neill"]
)
case_changes = st.sampled_from([str, str.upper, str.lower, str.title])
titles = st.sampled_from(["", "Mr ", "Mrs ", "Dr ", "Nurse ", "Sister "])
possessives = st.sampled_from(["", "'s", "’s"])


def insert(words, position, phrase):
    position = min(position, len(words))
    return " ".join([*words[:position], phrase, *words[position:]])


def assert_valid_spans(text, result):
    previous_end = 0
    for span in result.spans:
        assert 0 <= previous_end <= span.start < span.end <= len(text)
        previous_end = span.end


@settings(max_examples=200, deadline=None)
@given(
    words=filler_words,
    position=st.integers(min_value=0, max_value=30),
    first=first_names,
    surname=surnames,
    case=case_changes,
    title=titles,
    possessive=possessives,
    which=st.sampled_from(["full", "first", "surname", "titled", "initial"]),
)
def test_known_name_inserted_anywhere_is_removed(
    words, position, first, surname, case, title, possessive, which
):
    mention = {
        "full": f"{first} {surname}",
        "first": first,
        "surname": surname,
        "titled": f"{title or 'Mr '}{surname}",
        "initial": f"{first[0]}. {surname}",
    }[which]
    mention = case(mention) if which != "initial" else mention
    text = insert(words, position, mention + possessive)

    result = deidentify(text, {"names": [f"{first} {surname}"]})

    assert first.lower() not in result.text.lower() or which in ("surname", "titled", "initial")
    assert surname.lower() not in result.text.lower()
    assert "[PERSON]" in result.text
    assert_valid_spans(text, result)


@settings(max_examples=200, deadline=None)
@given(
    words=filler_words,
    position=st.integers(min_value=0, max_value=30),
    nine=st.integers(min_value=100_000_000, max_value=999_999_999),
    layout=st.sampled_from(["{}{}{}", "{} {} {}", "{}-{}-{}"]),
    known_spaced=st.booleans(),
)
def test_known_nhs_number_inserted_anywhere_is_removed(words, position, nine, layout, known_spaced):
    first_nine = str(nine)
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    number = first_nine + str(check % 10)  # a check of 10 makes no valid number: still "known"
    written = layout.format(number[:3], number[3:6], number[6:])
    known = f"{number[:3]} {number[3:6]} {number[6:]}" if known_spaced else number
    text = insert(words, position, written)

    result = deidentify(text, {"nhs_number": known})

    assert number not in "".join(ch for ch in result.text if ch.isdigit())
    assert "[NHS_NUMBER]" in result.text
    assert_valid_spans(text, result)


@settings(max_examples=300, deadline=None)
@given(text=any_text, names=st.lists(st.text(max_size=15), max_size=3))
def test_spans_are_always_valid_sorted_and_non_overlapping(text, names):
    result = deidentify(
        text, {"names": names, "nhs_number": "9434765919", "address": "1 Mill Lane, LS1 4AB"}
    )

    assert_valid_spans(text, result)
    assert result.spans == sorted(result.spans)
    # The redacted text is the input with each span replaced by its label, nothing else changed.
    rebuilt, position = [], 0
    for span in result.spans:
        rebuilt.append(text[position : span.start] + f"[{span.label}]")
        position = span.end
    assert result.text == "".join(rebuilt) + text[position:]


@settings(max_examples=100, deadline=None)
@given(text=any_text)
def test_deidentifying_is_deterministic(text):
    assert deidentify(text) == deidentify(text)


@settings(max_examples=200, deadline=None)
@given(
    words=filler_words,
    position=st.integers(min_value=0, max_value=30),
    born=st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31)),
    form=st.sampled_from(
        ["%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d %B %Y", "{day} %B %Y", "%B {day}"]
    ),
)
def test_known_date_of_birth_inserted_anywhere_is_removed(words, position, born, form):
    written = born.strftime(form.replace("{day}", str(born.day)))
    text = insert(words, position, written)

    result = deidentify(text, {"date_of_birth": born.isoformat()})

    assert written not in result.text
    assert "[DATE]" in result.text
    assert_valid_spans(text, result)


# Names drawn from the shipped lists, as written there; titles the engine reads before a name.
_listed_firsts = sorted(wordlists._lines("first_names.txt"))
_listed_surnames = sorted(wordlists._lines("surnames.txt"))
clinical_words = st.lists(
    st.sampled_from(
        "the patient was found on the floor by the bed at 03:00 ; NEWS2 score 5 , "
        "known Parkinson's disease and on Warfarin . Glasgow Coma Scale 14 , Waterlow score 18 "
        "reviewed by the registrar who requested a CT head . falls care plan updated".split()
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(
    words=clinical_words,
    position=st.integers(min_value=0, max_value=30),
    first=st.sampled_from(_listed_firsts),
    surname=st.sampled_from(_listed_surnames),
    title=st.sampled_from(["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Nurse", "Sister"]),
)
def test_a_titled_listed_name_inserted_anywhere_in_a_clinical_sentence_is_removed(
    words, position, first, surname, title
):
    text = insert(words, position, f"{title} {first} {surname}")

    result = deidentify(text)

    assert f"{title} {first} {surname}" not in result.text
    assert first not in result.text.split() and surname not in result.text.split()
    assert "[PERSON]" in result.text
    assert_valid_spans(text, result)
