"""The NHS organisation facts shipped with learnloop (ODS lists in `data/`), read as records."""

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
TRUSTS_CSV = DATA_DIR / "nhs_trusts_etr_2026_tidy.csv"
ICBS_CSV = DATA_DIR / "icb_codes_names_apr2026.csv"

# NHS England region codes in the ODS trust list.
REGIONS = {
    "Y56": "London",
    "Y58": "South West",
    "Y59": "South East",
    "Y60": "Midlands",
    "Y61": "East of England",
    "Y62": "North West",
    "Y63": "North East and Yorkshire",
}

# ODS names are upper case; these words keep a fixed form when the name is title-cased.
_SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "upon"}
_ACRONYMS = {"NHS", "ICB", "UK"}


def nhs_name(upper: str) -> str:
    """'EAST KENT HOSPITALS UNIVERSITY NHS FOUNDATION TRUST' -> 'East Kent Hospitals University NHS Foundation Trust'."""
    words = []
    for index, word in enumerate(upper.split()):
        if word in _ACRONYMS:
            words.append(word)
        elif index and word.lower() in _SMALL_WORDS:
            words.append(word.lower())
        else:
            # Stoke-on-Trent: small words stay small inside a hyphenated name too.
            parts = word.split("-")
            words.append(
                "-".join(
                    part.lower() if position and part.lower() in _SMALL_WORDS else part.capitalize()
                    for position, part in enumerate(parts)
                )
            )
    return " ".join(words)


@dataclass(frozen=True)
class TrustRecord:
    ods_code: str
    name: str
    icb_code: str
    region: str
    postcode: str
    is_open: bool


@dataclass(frozen=True)
class IcbRecord:
    ods_code: str
    name: str


def icbs() -> Iterator[IcbRecord]:
    with ICBS_CSV.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            yield IcbRecord(ods_code=row["icb_code"].strip(), name=nhs_name(row["icb_name"].strip()))


def trusts(*, open_only: bool = True) -> Iterator[TrustRecord]:
    with TRUSTS_CSV.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            is_open = row["is_open"].strip() == "True" and not row["close_date"].strip()
            if open_only and not is_open:
                continue
            yield TrustRecord(
                ods_code=row["org_code"].strip(),
                name=nhs_name(row["name"].strip()),
                icb_code=row["icb_code"].strip(),
                region=REGIONS.get(row["nhs_england_region_code"].strip(), ""),
                postcode=row["postcode"].strip(),
                is_open=is_open,
            )
