"""Headings and section bodies shared by both profile formats, and the builder they fill."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from roleqa.errors import ProfileError
from roleqa.profiles import (
    AiDisruption,
    FaqPair,
    Profile,
    find_last_reviewed,
    parse_date,
    parse_salary,
    parse_score,
    parse_yes_no,
    slugify,
)


@dataclass(frozen=True)
class Line:
    """One non-blank line of a profile file, stripped, with its 1-based line number."""

    number: int
    text: str


@dataclass(frozen=True)
class Heading:
    """A recognised heading: a section name, or a label with its inline value."""

    kind: str
    line: Line
    value: str | None = None
    band: str | None = None
    score: str | None = None


LABELS = {
    "median salary": "median_salary",
    "median annual salary": "median_salary",
    "growth outlook": "growth_outlook",
    "ai disruption": "ai_score",
    "ai disruption score": "ai_score",
    "entry-level": "entry_level",
    "entry level": "entry_level",
}
_LABEL = re.compile(
    r"(?P<label>" + "|".join(sorted(LABELS, key=len, reverse=True)) + r")\s*(?::\s*(?P<value>.*))?",
    re.IGNORECASE,
)
_OUTLOOK = re.compile(
    r"ai disruption outlook"
    r"(?:\s*[·:\-–—|]\s*(?P<band>[^()]*?)\s*(?:\(\s*(?P<score>[^()]*?)\s*\))?)?",
    re.IGNORECASE,
)
_SECTIONS = [
    ("summary", r"summary|overview"),
    ("duties", r"what this role actually does|what the role does|duties|responsibilities"),
    ("skills", r"required skills|skills"),
    ("certifications", r"representative certifications|certifications"),
    ("faq", r"(?:.+\s)?(?:questions and answers|frequently asked questions|faq)"),
    ("adjacent_roles", r"adjacent roles"),
    ("experience", r"experience|experience needed"),
    ("methodology", r"methodology|sources and methodology"),
]
_SECTION_PATTERNS = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _SECTIONS]


def match_heading(line: Line) -> Heading | None:
    """The heading this line is, or None for ordinary content."""
    text = line.text
    label = _LABEL.fullmatch(text)
    if label:
        value = label.group("value")
        return Heading("label:" + LABELS[label.group("label").lower()], line, value or None)
    outlook = _OUTLOOK.fullmatch(text)
    if outlook:
        return Heading("outlook", line, band=outlook.group("band"), score=outlook.group("score"))
    name = text.rstrip(":").strip()
    for kind, pattern in _SECTION_PATTERNS:
        if pattern.fullmatch(name):
            return Heading(kind, line)
    return None


_BULLET = re.compile(r"^(?:[-*•–+]|\d+[.)])\s+")


_NONE_LISTED = re.compile(
    r"(?:none|n/?a|no (?:formal )?certifications?)(?: (?:are|is))?"
    r"(?: (?:typical|required|needed|common|expected))?"
    r"(?: (?:for|in) (?:this|the) (?:role|job|position|work))?\W*$",
    re.IGNORECASE,
)


def split_list(lines: list[Line]) -> tuple[list[str], list[str]]:
    """Bullet items and the plain notes after them; a list with no bullets is one item a line."""
    if not any(_BULLET.match(line.text) for line in lines):
        return [line.text for line in lines], []
    items: list[str] = []
    notes: list[str] = []
    for line in lines:
        bullet = _BULLET.match(line.text)
        if bullet:
            items.append(line.text[bullet.end() :].strip())
            notes.clear()
        elif items and not notes and _continues(line, lines):
            items[-1] = f"{items[-1]} {line.text}"
        else:
            notes.append(line.text)
    return items, notes


def _continues(line: Line, lines: list[Line]) -> bool:
    """A plain line between two bullets is a wrapped item, not a note."""
    later = [other for other in lines if other.number > line.number]
    return any(_BULLET.match(other.text) for other in later)


def join(lines: list[Line]) -> str:
    return " ".join(line.text for line in lines)


class ProfileBuilder:
    """Collects fields from one file, each set once, and makes the Profile."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fields: dict[str, Any] = {}
        self.lines: dict[str, int] = {}
        self.sections: dict[str, int] = {}
        self.disclaimers: list[str] = []

    def error(self, line: int | None, reason: str) -> ProfileError:
        return ProfileError(self.path, line, reason)

    def set(self, name: str, value: Any, line: int) -> None:
        if name in self.fields and self.fields[name] != value:
            raise self.error(
                line, f"{name.replace('_', ' ')} is given twice (first at line {self.lines[name]})"
            )
        self.fields[name] = value
        self.lines[name] = line

    def parse(self, name: str, parser: Any, text: str, line: int, *args: Any) -> None:
        """Set a field from text through a value parser, turning ValueError into ProfileError."""
        try:
            value = parser(text, *args)
        except ValueError as exc:
            raise self.error(line, str(exc)) from None
        self.set(name, value, line)

    def label(self, heading: Heading, value: Line | None) -> None:
        """Apply a label/value pair such as 'Median salary' / '$215K'."""
        name = heading.kind.removeprefix("label:")
        text = heading.value if heading.value is not None else (value.text if value else None)
        if not text:
            raise self.error(heading.line.number, f"'{heading.line.text}' has no value after it")
        number = heading.line.number if heading.value is not None else value.number  # type: ignore[union-attr]
        if name == "median_salary":
            self.parse(name, parse_salary, text, number)
        elif name == "ai_score":
            self.parse(name, parse_score, text, number)
        elif name == "entry_level":
            self.parse(name, parse_yes_no, text, number, "entry-level")
        else:
            self.set(name, text, number)

    def section(self, heading: Heading, lines: list[Line]) -> None:
        """Apply the body of one section."""
        kind, number = heading.kind, heading.line.number
        if kind in self.sections:
            first = self.sections[kind]
            raise self.error(
                number, f"a second '{heading.line.text}' section (first at line {first})"
            )
        self.sections[kind] = number
        if kind == "outlook":
            self._outlook(heading, lines)
        elif kind in ("duties", "skills", "certifications"):
            items, notes = split_list(lines)
            # "- None are typical for this role.": the profile lists none
            items = [item for item in items if not _NONE_LISTED.match(item)]
            self.set(kind, tuple(items), number)
            self.disclaimers.extend(notes)
        elif kind == "faq":
            self.set("faq", self._faq(lines), number)
        elif kind == "methodology":
            self._methodology(lines)
        elif lines:
            self.set(kind, join(lines), number)

    def _outlook(self, heading: Heading, lines: list[Line]) -> None:
        if heading.band:
            self.set("ai_band", heading.band.strip(), heading.line.number)
        if heading.score:
            self.parse("ai_heading_score", parse_score, heading.score, heading.line.number)
        note = [line for line in lines if line.text.lower().startswith("methodology:")]
        body = [line for line in lines if line not in note]
        if body:
            self.set("ai_outlook", join(body), body[0].number)
        if note:
            self.set("ai_methodology", note[0].text.split(":", 1)[1].strip(), note[0].number)

    def _faq(self, lines: list[Line]) -> tuple[FaqPair, ...]:
        pairs: list[tuple[Line, list[Line]]] = []
        marked = any(line.text.startswith("###") for line in lines)
        for line in lines:
            text = line.text.removeprefix("###").strip()
            if line.text.startswith("###") if marked else text.endswith("?"):
                pairs.append((Line(line.number, text), []))
            elif pairs:
                pairs[-1][1].append(line)
            else:
                raise self.error(line.number, "text in the questions block before any question")
        for question, answer in pairs:
            if not answer:
                raise self.error(question.number, f"question {question.text!r} has no answer")
        return tuple(FaqPair(question.text, join(answer)) for question, answer in pairs)

    def _methodology(self, lines: list[Line]) -> None:
        if not lines:
            return
        ends = next((i for i, line in enumerate(lines) if find_last_reviewed(line.text)), 0)
        self.set("methodology", join(lines[: ends + 1]), lines[0].number)
        self.disclaimers.extend(line.text for line in lines[ends + 1 :])
        reviewed = find_last_reviewed(lines[ends].text)
        if reviewed:
            self.parse("last_reviewed", parse_date, reviewed, lines[ends].number, "last reviewed")

    def build(self) -> Profile:
        """The Profile, after the checks that need every field."""
        fields = dict(self.fields)
        title = fields.pop("title", None)
        if not title:
            raise self.error(None, "no title found")
        ai = self._ai_disruption(fields)
        faq: tuple[FaqPair, ...] = fields.get("faq", ())
        profile_id = fields.pop("id", None) or slugify(title)
        if not profile_id:
            raise self.error(self.lines.get("title"), f"title {title!r} gives an empty id")
        return Profile(
            id=profile_id,
            title=title,
            source_file=str(self.path),
            track=fields.get("track"),
            family=fields.get("family"),
            summary=fields.get("summary"),
            median_salary=fields.get("median_salary"),
            growth_outlook=fields.get("growth_outlook"),
            ai_disruption=ai,
            entry_level=fields.get("entry_level"),
            experience=fields.get("experience") or _answer_to(faq, r"entry[- ]level"),
            duties=fields.get("duties", ()),
            skills=fields.get("skills", ()),
            certifications=fields.get("certifications", ()),
            faq=faq,
            adjacent_roles=fields.get("adjacent_roles") or _answer_to(faq, r"\badjacent\b"),
            methodology=fields.get("methodology"),
            last_reviewed=fields.get("last_reviewed"),
            url=fields.get("url"),
            alternate_titles=tuple(fields.get("alternate_titles", ())),
            sources=tuple(fields.get("sources", ())),
            disclaimers=tuple(self.disclaimers),
            **{name: fields.get(name) for name in _TAKEN_AS_IS},
        )

    def _ai_disruption(self, fields: dict[str, Any]) -> AiDisruption | None:
        score, heading_score = fields.get("ai_score"), fields.get("ai_heading_score")
        if score is not None and heading_score is not None and score != heading_score:
            raise self.error(
                self.lines["ai_heading_score"],
                f"AI disruption outlook says {heading_score}/100 but the AI Disruption line "
                f"(line {self.lines['ai_score']}) says {score}/100",
            )
        parts = (score if score is not None else heading_score, fields.get("ai_band"))
        rest = (fields.get("ai_outlook"), fields.get("ai_methodology"))
        if all(part is None for part in (*parts, *rest)):
            return None
        return AiDisruption(parts[0], parts[1], *rest)


_TAKEN_AS_IS = (
    "soc_code",
    "growth_pct",
    "growth_period",
    "education",
    "work_experience",
    "training",
    "job_zone",
    "bls_occupation",
)


def _answer_to(faq: tuple[FaqPair, ...], pattern: str) -> str | None:
    """The answer to the first FAQ question matching the pattern, if any."""
    return next((pair.answer for pair in faq if re.search(pattern, pair.question, re.I)), None)
