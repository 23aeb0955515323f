"""Public occupation data: O*NET 29.3, BLS projections 2024-34, OEWS May 2024, GPTs-are-GPTs.

The files are read as they lie in a data folder (see its README): O*NET's tab-separated text files,
BLS Employment Projections Table 1.2 as TSV, OEWS national estimates as CSV, and the GPTs-are-GPTs
occupation scores with BLS's O*NET-SOC to NEM crosswalk. O*NET codes reach BLS figures through that
crosswalk, never by cutting the code.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from roleqa.errors import RoleqaError

ONET = "onet_29_3"
EP = "bls_ep_2024_34"
OEWS = "bls_oews_may2024"
GPTS = "gpts_are_gpts"

# Every file the importer reads and the columns it needs; a missing one is named, never guessed.
FILES: dict[str, tuple[str, ...]] = {
    f"{ONET}/Occupation Data.txt": ("O*NET-SOC Code", "Title", "Description"),
    f"{ONET}/Job Zones.txt": ("O*NET-SOC Code", "Job Zone"),
    f"{ONET}/Job Zone Reference.txt": ("Job Zone", "Name"),
    f"{ONET}/Task Statements.txt": ("O*NET-SOC Code", "Task", "Task Type"),
    f"{ONET}/Skills.txt": (
        "O*NET-SOC Code",
        "Element Name",
        "Scale ID",
        "Data Value",
        "Recommend Suppress",
    ),
    f"{ONET}/Technology Skills.txt": ("O*NET-SOC Code", "Example", "Hot Technology", "In Demand"),
    f"{ONET}/Related Occupations.txt": ("O*NET-SOC Code", "Related O*NET-SOC Code", "Index"),
    f"{ONET}/Alternate Titles.txt": ("O*NET-SOC Code", "Alternate Title", "Short Title"),
    f"{ONET}/Sample of Reported Titles.txt": ("O*NET-SOC Code", "Reported Job Title"),
    f"{EP}/ep_2024_34_table_1_2.tsv": (
        "matrix_title",
        "matrix_code",
        "occupation_type",
        "emp_change_pct_2024_34",
        "median_annual_wage_2024",
        "typical_entry_education",
        "work_experience_in_related_occupation",
        "typical_on_the_job_training",
    ),
    f"{OEWS}/national_M2024_dl.csv": ("OCC_CODE", "O_GROUP", "A_MEDIAN"),
    f"{GPTS}/occ_level.csv": ("O*NET-SOC Code", "dv_rating_beta"),
    f"{GPTS}/nem-onet-to-soc-crosswalk.csv": ("O*NET-SOC Code", "NEM Code"),
}
RELEASE_NOTE = f"{ONET}/Read Me.txt"
TOP_CODED_WAGE = 239_200
_MISSING = {"", "—", "-", "n/a", "*", "**", "#"}


class DataError(RoleqaError):
    """The data folder is incomplete, or holds another release than the importer reads."""


@dataclass(frozen=True)
class BlsOccupation:
    """A National Employment Matrix occupation: wage, growth and entry requirements."""

    code: str
    title: str
    median_wage: int | None
    top_coded: bool
    growth_pct: float | None
    education: str | None
    work_experience: str | None
    training: str | None
    major_group: str | None


@dataclass(frozen=True)
class Occupation:
    """One data-level O*NET occupation with everything joined to it."""

    code: str
    title: str
    description: str
    job_zone: int
    job_zone_name: str
    tasks: tuple[str, ...]
    skills: tuple[str, ...]
    technologies: tuple[str, ...]
    alternate_titles: tuple[str, ...]
    related: tuple[str, ...]
    exposure: float | None
    bls: BlsOccupation | None
    bls_shared: bool


@dataclass(frozen=True)
class OccupationData:
    occupations: list[Occupation]
    without_data: int
    wage_checks: tuple[int, int]


def read_table(data: Path, name: str) -> Iterator[dict[str, str]]:
    """Rows of one data file as dicts, after checking the file and its columns exist.

    A value that cannot be read as what it should be is reported by _values with the file.
    """
    path = data / name
    if not path.is_file():
        raise DataError(f"Missing file '{name}' in '{data}'; the importer reads {_releases()}.")
    delimiter = "," if name.endswith(".csv") else "\t"
    quoting: Literal[0, 3] = csv.QUOTE_MINIMAL if name.endswith(".csv") else csv.QUOTE_NONE
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8-sig", newline="") as file:
        reader = csv.DictReader(file, delimiter=delimiter, quoting=quoting)
        missing = [column for column in FILES[name] if column not in (reader.fieldnames or [])]
        if missing:
            raise DataError(
                f"'{path}' has no column {', '.join(repr(c) for c in missing)}; "
                f"is it from another release? The importer reads {_releases()}."
            )
        try:
            yield from reader
        except csv.Error as exc:
            raise DataError(f"'{path}', line {reader.line_num}: {exc}") from None


def _releases() -> str:
    return (
        "O*NET 29.3, BLS Employment Projections 2024-34, OEWS May 2024 and the GPTs-are-GPTs "
        "occupation scores with BLS's O*NET-SOC to NEM crosswalk"
    )


def check_release(data: Path) -> None:
    """Refuse a data folder that is not the O*NET release the importer was written for."""
    note = data / RELEASE_NOTE
    if not note.is_file():
        raise DataError(
            f"Missing file '{RELEASE_NOTE}' in '{data}'; the importer reads {_releases()}."
        )
    if "29.3" not in note.read_text(encoding="utf-8", errors="replace"):
        raise DataError(f"'{note}' does not describe O*NET 29.3, the release the importer reads.")
    for name in FILES:
        next(read_table(data, name), None)


def load_occupations(data: Path) -> OccupationData:
    """Every data-level O*NET occupation (one with a Job Zone), joined to BLS and exposure data."""
    check_release(data)
    with _values(f"{ONET}/Job Zones.txt"):
        zones = {
            row["O*NET-SOC Code"]: int(row["Job Zone"])
            for row in read_table(data, f"{ONET}/Job Zones.txt")
        }
    with _values(f"{ONET}/Job Zone Reference.txt"):
        zone_names = {
            int(row["Job Zone"]): row["Name"]
            for row in read_table(data, f"{ONET}/Job Zone Reference.txt")
        }
    described = {
        row["O*NET-SOC Code"]: (row["Title"], row["Description"])
        for row in read_table(data, f"{ONET}/Occupation Data.txt")
    }
    with _values(f"{EP}/ep_2024_34_table_1_2.tsv"):
        bls = _bls_by_onet(data, set(zones))
    nem_counts: dict[str, int] = defaultdict(int)
    for occupation in bls.values():
        nem_counts[occupation.code] += 1
    with _values(f"{GPTS}/occ_level.csv"):
        exposure = {
            row["O*NET-SOC Code"]: float(row["dv_rating_beta"])
            for row in read_table(data, f"{GPTS}/occ_level.csv")
            if row["dv_rating_beta"] not in _MISSING
        }
    tasks = _tasks(data)
    with _values(f"{ONET}/Skills.txt"):
        skills = _skills(data)
    with _values(f"{ONET}/Related Occupations.txt"):
        related = _related(data, described)
    technologies, titles = _technologies(data), _titles(data)
    with _values(f"{OEWS}/national_M2024_dl.csv"):
        wage_checks = _wage_checks(data, bls)
    occupations = [
        Occupation(
            code=code,
            title=described[code][0],
            description=described[code][1],
            job_zone=zone,
            job_zone_name=zone_names.get(zone, f"Job Zone {zone}"),
            tasks=tuple(tasks.get(code, ())),
            skills=tuple(skills.get(code, ())),
            technologies=tuple(technologies.get(code, ())),
            alternate_titles=tuple(titles.get(code, ())),
            related=tuple(related.get(code, ())),
            exposure=exposure.get(code),
            bls=bls.get(code),
            bls_shared=code in bls and nem_counts[bls[code].code] > 1,
        )
        for code, zone in sorted(zones.items())
        if code in described
    ]
    return OccupationData(occupations, len(described) - len(occupations), wage_checks)


@contextmanager
def _values(name: str) -> Iterator[None]:
    """Report a value that is not a number where one must be, naming the file it came from."""
    try:
        yield
    except ValueError as exc:
        raise DataError(
            f"'{name}' holds a value the importer cannot read ({exc}); is it from another release?"
        ) from None


def _bls_by_onet(data: Path, universe: set[str]) -> dict[str, BlsOccupation]:
    """O*NET code -> BLS occupation, through BLS's own crosswalk."""
    rows = list(read_table(data, f"{EP}/ep_2024_34_table_1_2.tsv"))
    groups = {
        row["matrix_code"]: row["matrix_title"]
        for row in rows
        if row["matrix_code"].endswith("-0000")
    }
    by_code = {row["matrix_code"]: row for row in rows if row["occupation_type"] == "Line item"}
    found: dict[str, BlsOccupation] = {}
    for link in read_table(data, f"{GPTS}/nem-onet-to-soc-crosswalk.csv"):
        code, nem = link["O*NET-SOC Code"], link["NEM Code"]
        row = by_code.get(nem)
        if code not in universe or row is None:
            continue
        wage = row["median_annual_wage_2024"].strip()
        top_coded = wage.startswith(">=")
        found[code] = BlsOccupation(
            code=nem,
            title=row["matrix_title"],
            median_wage=TOP_CODED_WAGE if top_coded else _integer(wage),
            top_coded=top_coded,
            growth_pct=_number(row["emp_change_pct_2024_34"]),
            education=_text(row["typical_entry_education"]),
            work_experience=_text(row["work_experience_in_related_occupation"]),
            training=_text(row["typical_on_the_job_training"]),
            major_group=groups.get(f"{nem[:2]}-0000"),
        )
    return found


def _wage_checks(data: Path, bls: dict[str, BlsOccupation]) -> tuple[int, int]:
    """How many EP median wages OEWS May 2024 confirms, of those both state as a number."""
    oews = {
        row["OCC_CODE"]: _integer(row["A_MEDIAN"])
        for row in read_table(data, f"{OEWS}/national_M2024_dl.csv")
        if row["O_GROUP"] == "detailed"
    }
    pairs = {
        occupation.code: (occupation.median_wage, oews.get(occupation.code))
        for occupation in bls.values()
        if not occupation.top_coded
    }
    comparable = [(ep, ours) for ep, ours in pairs.values() if ep is not None and ours is not None]
    return sum(ep == ours for ep, ours in comparable), len(comparable)


def _tasks(data: Path) -> dict[str, list[str]]:
    """Tasks per occupation, core tasks first, each group in file order."""
    core: dict[str, list[str]] = defaultdict(list)
    other: dict[str, list[str]] = defaultdict(list)
    for row in read_table(data, f"{ONET}/Task Statements.txt"):
        (core if row["Task Type"] == "Core" else other)[row["O*NET-SOC Code"]].append(row["Task"])
    return {code: core.get(code, []) + other.get(code, []) for code in {*core, *other}}


def _skills(data: Path) -> dict[str, list[str]]:
    """Skill names per occupation by importance, highest first."""
    rated: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for row in read_table(data, f"{ONET}/Skills.txt"):
        if row["Scale ID"] == "IM" and row["Recommend Suppress"] != "Y":
            rated[row["O*NET-SOC Code"]].append((-float(row["Data Value"]), row["Element Name"]))
    return {code: [name for _, name in sorted(pairs)] for code, pairs in rated.items()}


def _technologies(data: Path) -> dict[str, list[str]]:
    """Hot technologies per occupation, those also in demand first."""
    ranked: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for number, row in enumerate(read_table(data, f"{ONET}/Technology Skills.txt")):
        if row["Hot Technology"] == "Y":
            ranked[row["O*NET-SOC Code"]].append((row["In Demand"] != "Y", number, row["Example"]))
    return {code: _unique(name for *_, name in sorted(rows)) for code, rows in ranked.items()}


def _titles(data: Path) -> dict[str, list[str]]:
    """Reported job titles, then O*NET alternate and short titles, without repeats."""
    titles: dict[str, list[str]] = defaultdict(list)
    for row in read_table(data, f"{ONET}/Sample of Reported Titles.txt"):
        titles[row["O*NET-SOC Code"]].append(row["Reported Job Title"])
    for row in read_table(data, f"{ONET}/Alternate Titles.txt"):
        titles[row["O*NET-SOC Code"]].extend((row["Alternate Title"], row["Short Title"]))
    return {code: _unique(names) for code, names in titles.items()}


def _related(data: Path, described: dict[str, tuple[str, str]]) -> dict[str, list[str]]:
    """Related occupation titles per occupation, in O*NET's rank order."""
    ranked: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for row in read_table(data, f"{ONET}/Related Occupations.txt"):
        other = row["Related O*NET-SOC Code"]
        if other in described:
            ranked[row["O*NET-SOC Code"]].append((int(row["Index"]), described[other][0]))
    return {code: [title for _, title in sorted(pairs)] for code, pairs in ranked.items()}


def _unique(names: Iterator[str] | list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        name = name.strip()
        if name and name.lower() not in seen:
            seen[name.lower()] = name
    return list(seen.values())


def _text(value: str) -> str | None:
    return None if value.strip() in _MISSING else value.strip()


def _number(value: str) -> float | None:
    return None if value.strip() in _MISSING else float(value)


def _integer(value: str) -> int | None:
    cleaned = value.strip().replace(",", "").replace("$", "")
    return None if cleaned in _MISSING else round(float(cleaned))
