"""Markdown with YAML front matter: typed fields on top, seed-layout sections as `##` headings."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import frontmatter
import yaml
from frontmatter.default_handlers import YAMLHandler
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from roleqa.profiles import Profile, parse_salary, parse_score, split_track
from roleqa.sections import Heading, Line, ProfileBuilder, match_heading


class AiDisruptionFields(BaseModel):
    model_config = ConfigDict(extra="forbid")

    score: int | str | None = None
    band: str | None = None


class FrontMatter(BaseModel):
    """The front matter keys a profile may set; an unknown key is an error, to catch typos."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: str = Field(min_length=1)
    id: str | None = Field(None, pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    track: str | None = None
    family: str | None = None
    summary: str | None = None
    median_salary: str | int | None = None
    growth_outlook: str | None = None
    ai_disruption: AiDisruptionFields | int | str | None = None
    entry_level: bool | None = None
    experience: str | None = None
    adjacent_roles: str | None = None
    last_reviewed: date | None = None
    url: str | None = Field(None, pattern=r"^https?://\S+$")
    alternate_titles: list[str] = []
    sources: list[str] = []
    soc_code: str | None = Field(None, pattern=r"^\d{2}-\d{4}\.\d{2}$")
    growth_pct: float | None = None
    growth_period: str | None = None
    education: str | None = None
    work_experience: str | None = None
    training: str | None = None
    job_zone: int | None = Field(None, ge=1, le=5)
    bls_occupation: str | None = None


class _DatesAsText(yaml.SafeLoader):
    """YAML without implicit timestamps, so a bad date reaches validation with its key."""


_DatesAsText.yaml_implicit_resolvers = {
    first: [rule for rule in rules if rule[0] != "tag:yaml.org,2002:timestamp"]
    for first, rules in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _YAMLHandler(YAMLHandler):
    def load(self, fm: str, **kwargs: object) -> Any:
        return yaml.load(fm, Loader=_DatesAsText)  # noqa: S506 - a SafeLoader subclass


_SECTION_HEADING = re.compile(r"^##\s+(?P<name>.+?)\s*#*\s*$")
_TITLE_HEADING = re.compile(r"^#\s+(?P<name>.+?)\s*#*\s*$")


def parse_markdown(text: str, path: Path) -> Profile:
    """Parse one Markdown profile; raises ProfileError naming the line that is wrong."""
    builder = ProfileBuilder(path)
    text = text.removeprefix("\ufeff")
    raw, body = _split(text, builder)
    offset = _body_offset(text)
    meta = _validate(raw, text, builder)
    _apply_front_matter(meta, text, builder)
    _apply_body(body, offset, builder)
    return builder.build()


def _split(text: str, builder: ProfileBuilder) -> tuple[dict[str, Any], str]:
    if not text.lstrip().startswith("---"):
        raise builder.error(1, "expected YAML front matter starting with '---' on the first line")
    try:
        raw, body = frontmatter.parse(text, handler=_YAMLHandler())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1  # fm keeps the newline after "---"
        problem = getattr(exc, "problem", None) or str(exc)
        raise builder.error(line, f"front matter is not valid YAML: {problem}") from None
    if not raw:
        raise builder.error(1, "the front matter is empty or not closed by a '---' line")
    return raw, body


def _body_offset(text: str) -> int:
    """How many lines precede the body: the front matter and its two '---' lines."""
    lines = text.splitlines()
    closing = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), len(lines))
    return closing + 1


def _key_line(text: str, key: str) -> int | None:
    """The line where a front matter key is set, for error messages."""
    match = re.search(rf"^{re.escape(key)}\s*:", text, re.MULTILINE)
    return text[: match.start()].count("\n") + 1 if match else None


def _validate(raw: dict[str, Any], text: str, builder: ProfileBuilder) -> FrontMatter:
    try:
        return FrontMatter.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        top = str(first["loc"][0]) if first["loc"] else ""
        if first["type"] == "extra_forbidden":
            reason = f"unknown front matter key '{key}'"
        elif first["type"] == "missing":
            reason = f"front matter has no '{key}'"
        else:
            reason = f"front matter '{key}': {first['msg']} (got {first.get('input')!r})"
        raise builder.error((_key_line(text, top) if top else None) or 1, reason) from None


def _apply_front_matter(meta: FrontMatter, text: str, builder: ProfileBuilder) -> None:
    def line(key: str) -> int:
        return _key_line(text, key) or 1

    values = meta.model_dump(exclude_none=True, exclude={"median_salary", "ai_disruption", "track"})
    for key, value in values.items():
        if value not in ([], ""):
            builder.set(key, value, line(key))
    if meta.track:
        family, track = split_track(meta.track)
        builder.set("track", track, line("track"))
        if family and not meta.family:
            builder.set("family", family, line("track"))
    if meta.median_salary is not None:
        salary = meta.median_salary
        text_value = f"${salary:,}" if isinstance(salary, int) else salary
        builder.parse("median_salary", parse_salary, text_value, line("median_salary"))
    ai = meta.ai_disruption
    if isinstance(ai, AiDisruptionFields):
        if ai.score is not None:
            builder.parse("ai_score", parse_score, str(ai.score), line("ai_disruption"))
        if ai.band:
            builder.set("ai_band", ai.band, line("ai_disruption"))
    elif ai is not None:
        builder.parse("ai_score", parse_score, str(ai), line("ai_disruption"))


def _apply_body(body: str, offset: int, builder: ProfileBuilder) -> None:
    """Split the body at `##` headings and hand each section to the builder."""
    heading: Heading | None = None
    lines: list[Line] = []
    for number, raw in enumerate(body.splitlines(), offset + 1):
        text = raw.strip()
        if not text:
            continue
        title = _TITLE_HEADING.match(text)
        if title:
            if "title" not in builder.fields:
                builder.set("title", title.group("name"), number)
            continue
        section = _SECTION_HEADING.match(text)
        if not section:
            lines.append(Line(number, text))
            continue
        _close(builder, heading, lines)
        heading = match_heading(Line(number, section.group("name")))
        if heading is None:
            raise builder.error(number, f"unknown section '{section.group('name')}'")
        lines = []
    _close(builder, heading, lines)


def _close(builder: ProfileBuilder, heading: Heading | None, lines: list[Line]) -> None:
    if heading is None:
        if lines:
            builder.set("summary", " ".join(line.text for line in lines), lines[0].number)
        return
    if heading.kind.startswith("label:"):
        builder.label(heading, lines[0] if lines else None)
        return
    builder.section(heading, lines)
