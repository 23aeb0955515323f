"""Profile: the typed facts of one role, and the small value parsers both formats share."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

# BLS typical entry-level education, lowest first.
EDUCATION_LEVELS = (
    "No formal educational credential",
    "High school diploma or equivalent",
    "Some college, no degree",
    "Postsecondary nondegree award",
    "Associate's degree",
    "Bachelor's degree",
    "Master's degree",
    "Doctoral or professional degree",
)


@dataclass(frozen=True)
class Salary:
    """A median salary as the profile writes it, and its value in US dollars."""

    text: str
    usd: int


@dataclass(frozen=True)
class AiDisruption:
    """How exposed the role is to AI: a 0-100 score, its band, and the outlook paragraph."""

    score: int | None
    band: str | None = None
    outlook: str | None = None
    methodology: str | None = None


@dataclass(frozen=True)
class FaqPair:
    question: str
    answer: str


@dataclass(frozen=True)
class Profile:
    """One role profile; a field the source does not state is None or empty.

    growth_pct is the projected change in employment over growth_period, in percent; education,
    work_experience and training are what a new entrant typically needs; job_zone is O*NET's
    1-5 preparation level; bls_occupation names the broader BLS occupation when the salary and
    growth figures describe it rather than this role alone.
    """

    id: str
    title: str
    source_file: str
    track: str | None = None
    family: str | None = None
    summary: str | None = None
    median_salary: Salary | None = None
    growth_outlook: str | None = None
    ai_disruption: AiDisruption | None = None
    entry_level: bool | None = None
    experience: str | None = None
    duties: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()
    faq: tuple[FaqPair, ...] = ()
    adjacent_roles: str | None = None
    methodology: str | None = None
    last_reviewed: date | None = None
    url: str | None = None
    alternate_titles: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    disclaimers: tuple[str, ...] = field(default=())
    soc_code: str | None = None
    growth_pct: float | None = None
    growth_period: str | None = None
    education: str | None = None
    work_experience: str | None = None
    training: str | None = None
    job_zone: int | None = None
    bls_occupation: str | None = None


def profile_to_dict(profile: Profile) -> dict[str, Any]:
    """A JSON-ready dict of every field."""
    data = asdict(profile)
    data["last_reviewed"] = profile.last_reviewed.isoformat() if profile.last_reviewed else None
    return data


def profile_from_dict(data: dict[str, Any]) -> Profile:
    """The inverse of profile_to_dict."""
    values = dict(data)
    if values.get("median_salary") is not None:
        values["median_salary"] = Salary(**values["median_salary"])
    if values.get("ai_disruption") is not None:
        values["ai_disruption"] = AiDisruption(**values["ai_disruption"])
    values["faq"] = tuple(FaqPair(**pair) for pair in values.get("faq", ()))
    if values.get("last_reviewed"):
        values["last_reviewed"] = date.fromisoformat(values["last_reviewed"])
    for name in (
        "duties",
        "skills",
        "certifications",
        "alternate_titles",
        "sources",
        "disclaimers",
    ):
        values[name] = tuple(values.get(name, ()))
    return Profile(**values)


_SYMBOL_WORDS = {"+": " plus ", "#": " sharp ", "&": " and ", "@": " at "}


def slugify(text: str) -> str:
    """A readable ASCII id: 'Senior ML Engineer' -> 'senior-ml-engineer', 'C++' -> 'c-plus-plus'."""
    for symbol, word in _SYMBOL_WORDS.items():
        text = text.replace(symbol, word)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


_MONEY = re.compile(r"\$\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*([kKmM])?(?![\w])")


def parse_salary(text: str) -> Salary:
    """'$215K', '$215,000', '$1.2M' or '$239,200 or more' -> Salary; a range is an error."""
    amounts = _MONEY.findall(text)
    if len(amounts) != 1:
        found = "no dollar amount" if not amounts else "more than one dollar amount"
        raise ValueError(f"median salary {text!r} has {found}; write one figure such as '$215K'")
    number, suffix = amounts[0]
    value = float(number.replace(",", ""))
    value *= {"k": 1_000, "m": 1_000_000}.get(suffix.lower(), 1)
    return Salary(text=text.strip(), usd=round(value))


_SCORE = re.compile(r"^\s*(\d{1,3})\s*(?:/\s*100)?\s*$")


def parse_score(text: str) -> int:
    """'30/100' or '30' -> 30, checked to lie in 0-100."""
    match = _SCORE.match(text)
    if not match:
        raise ValueError(f"AI disruption {text!r} is not a score such as '30/100'")
    score = int(match.group(1))
    if score > 100:
        raise ValueError(f"AI disruption {text!r} is above 100")
    return score


_YES_NO = re.compile(r"^\s*(?:(?P<yes>yes|true)|(?P<no>no|false))\b(?!-)", re.IGNORECASE)


def parse_yes_no(text: str, label: str) -> bool:
    """'Yes', 'No', or a value that starts with one ('No (2-5 years)') -> bool."""
    match = _YES_NO.match(text)
    if not match:
        raise ValueError(f"{label} {text!r} is neither 'Yes' nor 'No'")
    return match.group("yes") is not None


def parse_date(text: str, label: str) -> date:
    """An ISO date 'YYYY-MM-DD' -> date."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{label} {text!r} is not a date written YYYY-MM-DD") from None


_LAST_REVIEWED = re.compile(r"Last reviewed:?\s*(\S+?)\.?(?:\s|$)", re.IGNORECASE)


def find_last_reviewed(text: str) -> str | None:
    """The date string after 'Last reviewed' in a methodology paragraph, if any."""
    match = _LAST_REVIEWED.search(text)
    return match.group(1) if match else None


def split_track(breadcrumb: str) -> tuple[str | None, str]:
    """'Applied AI · ML Engineering' -> ('Applied AI', 'ML Engineering'); one part -> (None, it)."""
    parts = [part.strip() for part in re.split(r"\s*[·>|»]\s*", breadcrumb) if part.strip()]
    if len(parts) == 1:
        return None, parts[0]
    return " · ".join(parts[:-1]), parts[-1]
