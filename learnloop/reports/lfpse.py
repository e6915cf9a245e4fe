"""The LFPSE code lists shipped in `data/`, read once, for coded fields and the FHIR export.

Plain Python, no Django: `codes("Service Type")` gives [(code, display), ...] in file order.
"""

import csv
from functools import cache
from pathlib import Path

CODES_CSV = Path(__file__).parent / "data" / "lfpse_v5_codes.csv"

SERVICE_TYPE = "Service Type"
SPECIALTY = "Specialty (full list)"
NEVER_EVENT_TYPE = "Never Event Type"
INCIDENT_LOCATION = "Incident Location"
PHYSICAL_HARM = "Level of Physical Harm"
PSYCHOLOGICAL_HARM = "Level of Psychological Harm"


@cache
def _all() -> dict[str, list[tuple[str, str, str]]]:
    systems: dict[str, list[tuple[str, str, str]]] = {}
    with CODES_CSV.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            systems.setdefault(row["code_system"], []).append(
                (row["code"], row["display"], row["code_system_id"])
            )
    return systems


def codes(system: str) -> list[tuple[str, str]]:
    return [(code, display) for code, display, _ in _all()[system]]


def sorted_codes(system: str) -> list[tuple[str, str]]:
    return sorted(codes(system), key=lambda item: item[1].lower())


def display(system: str, code: str) -> str:
    return dict(codes(system)).get(code, "")


def system_id(system: str) -> str:
    """The code system's identifier in the LFPSE FHIR profile, e.g. 'service-type-5'."""
    return next((sid for _, _, sid in _all()[system] if sid), "")


def is_valid(system: str, code: str) -> bool:
    return code in dict(codes(system))
