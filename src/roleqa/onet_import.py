"""O*NET occupations -> Markdown profiles, with roleqa's own rules for bands and entry level.

The rules (also in the README, and used for the bundled corpus):
- growth outlook: from the BLS projected employment change 2024-34 (all occupations: +3.1%):
  very high at 10% or more, high from 5%, moderate from 2%, low from 0%, declining below 0%;
- AI disruption score: GPTs-are-GPTs `dv_rating_beta` x 100, rounded half up; band Low below 25,
  Moderate below 50, High below 75, Very high from 75. It measures exposure of tasks to language
  models, not a forecast of job loss;
- entry-level friendly: BLS lists no related work experience for entry, the typical entry
  education is a bachelor's degree or less, and O*NET puts the occupation in Job Zone 1-4.
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from roleqa.errors import RoleqaError
from roleqa.onet import BlsOccupation, Occupation, load_occupations
from roleqa.profiles import EDUCATION_LEVELS, slugify

ONET_URL = "https://www.onetonline.org/link/summary/{code}"
ATTRIBUTION = (
    "This profile includes information from the O*NET 29.3 Database by the U.S. Department of "
    "Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. "
    "O*NET is a trademark of USDOL/ETA."
)
SOURCES = (
    "O*NET 29.3 Database (May 2025), National Center for O*NET Development, USDOL/ETA, CC BY 4.0",
    "BLS Employment Projections 2024-34 (2025), Table 1.2",
    "BLS Occupational Employment and Wage Statistics, May 2024",
    "BLS O*NET-SOC to National Employment Matrix crosswalk (September 2023)",
    "Eloundou, Manning, Mishkin and Rock, 'GPTs are GPTs' occupation-level exposure (2024)",
)
ENTRY_EDUCATION = frozenset(EDUCATION_LEVELS[: EDUCATION_LEVELS.index("Bachelor's degree") + 1])
MAX_DUTIES = 12
MAX_SKILLS = 8
MAX_RELATED = 10


def growth_band(pct: float) -> str:
    """roleqa's wording for a projected employment change, in percent."""
    for floor, band in ((10, "very high"), (5, "high"), (2, "moderate"), (0, "low")):
        if pct >= floor:
            return band
    return "declining"


def exposure_score(beta: float) -> int:
    """A 0-1 exposure share as a 0-100 score, rounded half up."""
    return math.floor(beta * 100 + 0.5 + 1e-9)


def exposure_band(score: int) -> str:
    for ceiling, band in ((25, "Low"), (50, "Moderate"), (75, "High")):
        if score < ceiling:
            return band
    return "Very high"


def is_entry_level(bls: BlsOccupation | None, job_zone: int) -> bool | None:
    """The entry-level rule above; None when BLS states nothing to apply it to."""
    if bls is None or bls.work_experience is None or bls.education is None:
        return None
    return bls.work_experience == "None" and bls.education in ENTRY_EDUCATION and job_zone <= 4


def salary_text(bls: BlsOccupation) -> str | None:
    if bls.median_wage is None:
        return None
    return f"${bls.median_wage:,} or more" if bls.top_coded else f"${bls.median_wage:,}"


def render_profile(occupation: Occupation, profile_id: str) -> str:
    """The Markdown profile of one occupation."""
    return _front_matter(occupation, profile_id) + _body(occupation)


def _front_matter(occupation: Occupation, profile_id: str) -> str:
    bls = occupation.bls
    meta: dict[str, Any] = {
        "title": occupation.title,
        "id": profile_id,
        "soc_code": occupation.code,
        "url": ONET_URL.format(code=occupation.code),
        "track": bls.major_group if bls and bls.major_group else None,
        "summary": occupation.description,
    }
    if bls:
        meta["median_salary"] = salary_text(bls)
        if bls.growth_pct is not None:
            meta["growth_outlook"] = growth_band(bls.growth_pct)
            meta["growth_pct"] = bls.growth_pct
            meta["growth_period"] = "2024-34"
        meta["education"] = bls.education
        meta["work_experience"] = bls.work_experience
        meta["training"] = bls.training
        if occupation.bls_shared:
            meta["bls_occupation"] = f"{bls.title} ({bls.code})"
    if occupation.exposure is not None:
        score = exposure_score(occupation.exposure)
        meta["ai_disruption"] = {"score": score, "band": exposure_band(score)}
    meta["entry_level"] = is_entry_level(bls, occupation.job_zone)
    meta["experience"] = _experience(occupation)
    meta["job_zone"] = occupation.job_zone
    meta["alternate_titles"] = list(occupation.alternate_titles)
    meta["sources"] = list(SOURCES)
    clean = {key: value for key, value in meta.items() if value not in (None, [], "")}
    dumped = yaml.safe_dump(clean, sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{dumped}---\n"


def _experience(occupation: Occupation) -> str:
    parts = []
    bls = occupation.bls
    if bls and bls.education:
        parts.append(f"Typical entry-level education (BLS): {bls.education}.")
    if bls and bls.work_experience:
        parts.append(f"Work experience in a related occupation (BLS): {bls.work_experience}.")
    if bls and bls.training:
        parts.append(f"Typical on-the-job training (BLS): {bls.training}.")
    parts.append(f"O*NET {occupation.job_zone_name}.")
    return " ".join(parts)


def _body(occupation: Occupation) -> str:
    sections: list[tuple[str, list[str]]] = []
    if occupation.exposure is not None:
        sections.append(("AI Disruption Outlook", [_exposure_text(occupation.exposure)]))
    if occupation.tasks:
        sections.append(("What this role actually does", _bullets(occupation.tasks[:MAX_DUTIES])))
    skills = [*occupation.skills[:MAX_SKILLS], *occupation.technologies]
    if skills:
        sections.append(("Required skills", _bullets(skills)))
    if occupation.related:
        related = ", ".join(occupation.related[:MAX_RELATED])
        sections.append(("Adjacent roles", [f"Related occupations in O*NET: {related}."]))
    sections.append(("Methodology", [_methodology(occupation), ATTRIBUTION]))
    return "".join(f"\n## {name}\n\n" + "\n".join(lines) + "\n" for name, lines in sections)


def _bullets(items: Iterable[str]) -> list[str]:
    return [f"- {' '.join(item.split())}" for item in items]


def _exposure_text(beta: float) -> str:
    score = exposure_score(beta)
    return (
        f"Exposure score {score}/100 ({exposure_band(score)}). For the GPTs-are-GPTs study, GPT-4 "
        "rated each of this occupation's O*NET tasks by whether a large language model could cut "
        f"the time it takes by at least half; weighted, {score}% of the tasks are exposed (a task "
        "counts in full when the model alone is enough, and at half weight when software built on "
        "such a model is needed). The score describes exposure of tasks to language models, not a "
        "forecast of job loss."
    )


def _methodology(occupation: Occupation) -> str:
    text = (
        "Generated by roleqa import-onet from public data: O*NET 29.3 (description, tasks, skills, "
        "technologies, Job Zone, titles, related occupations), BLS Employment Projections 2024-34 "
        "(median annual wage May 2024, projected employment change, entry requirements), reached "
        "through BLS's O*NET-SOC to NEM crosswalk, and GPTs-are-GPTs exposure scores."
    )
    bls = occupation.bls
    if bls and occupation.bls_shared:
        text += (
            f" The salary and growth figures are for the broader BLS occupation '{bls.title}' "
            f"({bls.code}), which includes this occupation."
        )
    return text


@dataclass(frozen=True)
class ImportReport:
    written: int
    without_data: int
    wages_confirmed: tuple[int, int]
    missing: dict[str, int]


def import_onet(
    data: Path, out: Path, replace: bool = False, progress: Callable[[int], Any] | None = None
) -> ImportReport:
    """Write one profile per data-level occupation into out; nothing is left half-written."""
    if out.exists() and any(out.iterdir()) and not replace:
        raise RoleqaError(
            f"'{out}' already exists and is not empty; choose another folder or pass --replace."
        )
    loaded = load_occupations(data)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        ids: set[str] = set()
        for occupation in loaded.occupations:
            profile_id = slugify(occupation.title)
            if profile_id in ids:
                profile_id = f"{profile_id}-{slugify(occupation.code)}"
            ids.add(profile_id)
            (staging / f"{profile_id}.md").write_text(render_profile(occupation, profile_id))
            if progress:
                progress(1)
        _swap_in(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return ImportReport(
        len(loaded.occupations), loaded.without_data, loaded.wage_checks, _gaps(loaded.occupations)
    )


def _swap_in(staging: Path, out: Path) -> None:
    """Put the finished folder in place; an old one is removed only after the new one is there."""
    if not out.exists():
        os.rename(staging, out)
        return
    previous = out.parent / f".{out.name}-previous"
    shutil.rmtree(previous, ignore_errors=True)
    os.rename(out, previous)
    os.rename(staging, out)
    shutil.rmtree(previous, ignore_errors=True)


def _gaps(occupations: list[Occupation]) -> dict[str, int]:
    """How many written profiles lack each field, for the report."""
    return {
        "median salary": sum(o.bls is None or o.bls.median_wage is None for o in occupations),
        "skill ratings (technologies only)": sum(not o.skills for o in occupations),
        "hot technologies": sum(not o.technologies for o in occupations),
        "AI exposure score": sum(o.exposure is None for o in occupations),
    }
