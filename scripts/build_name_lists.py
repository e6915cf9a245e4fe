"""Build the word lists the de-identification engine ships in learnloop/sharing/data/.

Run by hand when a source changes; the outputs are plain text files that are committed, so the
engine never imports Faker or reads a system dictionary at run time:

    .venv/bin/pip install faker==33.1.0
    apt-get install wbritish            # /usr/share/dict/british-english (SCOWL)
    .venv/bin/python scripts/build_name_lists.py

Writes first_names.txt and surnames.txt (Faker's person lists for the locales below),
english_words.txt (lower-case English words from SCOWL, less the words that are mostly names) and
places.txt (towns and cities named in the NHS trust reference data). See data/README.md.
"""

from __future__ import annotations

import csv
import importlib
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "learnloop" / "sharing" / "data"
TRUSTS = ROOT / "learnloop" / "organisations" / "data" / "nhs_trusts_etr_2026_tidy.csv"
DICTIONARY = Path("/usr/share/dict/british-english")

FAKER_VERSION = "33.1.0"
# Latin-script English-speaking locales only. The evaluation generator draws names from other
# Faker locales to measure how the engine does on names these lists have never seen.
LOCALES = ("en_GB", "en_IE", "en_IN", "en_US", "en_NZ", "tw_GH", "yo_NG")

# Names that SCOWL also lists as lower-case words but that, written with a capital in a
# narrative, are nearly always a person ("john" is a toilet, "peter" a safe). Left out of
# english_words.txt so they count as names on their own.
MOSTLY_NAMES = set(
    """
    john peter harry martin maria jimmy mike tom tony terry roger victor derrick hector colleen
    billy bobby brogan patty phoebe savannah jasper noel troy yaw veer josh rick brad cal meg
    sally dean earl warren glen carol bob randy dale chad
    smith peters rogers johns khan shah levy lynch hogan hickey dickey dickie stein berg beck
    sims raja toms hicks bates combs gibbons gibbon cox hughes
    """.split()
)

# UK cities, towns and counties that a narrative may name on its own, written by hand for
# learnloop: not identifying alone, and often also a surname (Durham, Lincoln, Preston).
EXTRA_PLACES = """
Aberdeen Aylesbury Bangor Barrow Bedford Belfast Berkshire Birmingham Bournemouth Bradford
Brighton Bristol Buckinghamshire Cambridge Cambridgeshire Canterbury Cardiff Carlisle Chelmsford
Cheltenham Cheshire Chester Chesterfield Chichester Colchester Cornwall Coventry Crawley Cumbria
Darlington Derby Derbyshire Devon Doncaster Dorset Dudley Dundee Durham Edinburgh Essex Exeter
Gateshead Glasgow Gloucester Gloucestershire Grimsby Guildford Halifax Hampshire Harrogate
Hartlepool Hastings Hereford Hertfordshire Huddersfield Hull Inverness Ipswich Kent Kendal
Kingston Lancashire Lancaster Leeds Leicester Leicestershire Lincoln Lincolnshire Liverpool
London Luton Maidstone Manchester Merseyside Middlesbrough Milton Keynes Newcastle Newport
Norfolk Northampton Northamptonshire Northumberland Norwich Nottingham Nottinghamshire Oldham
Oxford Oxfordshire Peterborough Plymouth Portsmouth Preston Reading Rochdale Rotherham Salford
Salisbury Scarborough Sheffield Shrewsbury Shropshire Slough Somerset Southampton Southend
Southport Staffordshire Stockport Stockton Stoke Suffolk Sunderland Surrey Sussex Swansea Swindon
Taunton Telford Torquay Truro Wakefield Walsall Warrington Warwick Warwickshire Watford Wigan
Wiltshire Winchester Wirral Wolverhampton Worcester Worcestershire Worthing Wrexham York
Yorkshire Cumbria Tyneside Teesside Humberside Midlands Cotswolds Thames Severn Tyne Tees
""".split()

_NAME = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*")


def _normalise(name: str) -> list[str]:
    """One Faker entry as the single-word names it holds ("Nana Ama" -> Nana, Ama)."""
    name = unicodedata.normalize("NFC", name.replace("’", "'")).strip()
    words = []
    for word in name.split():
        # Particles ("de", "van", "Ó") are not names on their own; the engine reads them between
        # the words of a name instead.
        if not _NAME.fullmatch(word) or len(word) < 2 or not word[0].isupper():
            continue
        if word.isupper() or (word[0].isupper() and word[1].isupper() and word[1:].lower() != ""):
            # Faker has the odd typo ("COmfort"): keep the usual capitalisation.
            word = word[0] + word[1:].lower() if not word.startswith(("Mc", "Mac")) else word
        words.append(word)
    return words


def faker_names() -> tuple[set[str], set[str]]:
    import faker

    if faker.VERSION != FAKER_VERSION:
        sys.exit(f"expected Faker {FAKER_VERSION}, found {faker.VERSION}")
    first, last = set(), set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in dir(provider):
            values = getattr(provider, attribute)
            if attribute.startswith("first_names"):
                target = first
            elif attribute.startswith("last_names"):
                target = last
            else:
                continue
            # Some locales weight their names: a dict of name -> frequency.
            for value in values.keys() if isinstance(values, dict) else values:
                target.update(_normalise(value))
    return first, last


def english_words() -> set[str]:
    if not DICTIONARY.exists():
        sys.exit(f"{DICTIONARY} not found: apt-get install wbritish")
    words = set()
    for line in DICTIONARY.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if re.fullmatch(r"[a-z]{2,}", word):
            words.add(word)
    return words - MOSTLY_NAMES


def places() -> set[str]:
    """Towns and cities from the trusts' addresses: a capitalised word that names a town is not
    a person, and a town is not precise enough to identify anyone."""
    found = set()
    with TRUSTS.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            lines = [row[f"address_line_{n}"].strip() for n in range(1, 6)]
            lines = [line for line in lines if line]
            if not lines:
                continue
            town = lines[-1]
            if re.fullmatch(r"[A-Z][A-Z' -]+", town) and not re.search(r"\d", town):
                found.add(town.title().replace("'S", "'s").replace(" Upon ", " upon "))
    return found | set(EXTRA_PLACES)


def write(path: Path, header: str, lines: set[str]) -> None:
    body = "\n".join(sorted(lines, key=lambda s: (s.lower(), s)))
    path.write_text(f"{header}\n{body}\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(lines)} entries")


def main() -> None:
    first, last = faker_names()
    source = f"# From Faker {FAKER_VERSION} (MIT), person locales {', '.join(LOCALES)}."
    note = "# Built by scripts/build_name_lists.py; see README.md. One name a line."
    write(DATA / "first_names.txt", f"{source}\n{note}", first)
    write(DATA / "surnames.txt", f"{source}\n{note}", last)
    write(
        DATA / "english_words.txt",
        "# Lower-case English words from SCOWL (wbritish, /usr/share/dict/british-english), less\n"
        "# words that are nearly always names when capitalised. Built by scripts/build_name_lists.py.",
        english_words(),
    )
    write(
        DATA / "places.txt",
        "# Towns and cities from the NHS trusts' addresses (ODS, Open Government Licence v3.0),\n"
        "# and a hand-made list of UK cities, towns and counties (learnloop, MIT).\n"
        "# Built by scripts/build_name_lists.py.",
        places(),
    )


if __name__ == "__main__":
    main()
