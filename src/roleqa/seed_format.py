"""The seed layout: plain text as the career site exports it, parsed by its headings."""

from __future__ import annotations

import re
from pathlib import Path

from roleqa.profiles import Profile, split_track
from roleqa.sections import Heading, Line, ProfileBuilder, join, match_heading

_BREADCRUMB = re.compile(r"\s[·>»|]\s|·")
_MAX_TITLE = 120


def parse_seed(text: str, path: Path) -> Profile:
    """Parse one seed-layout document; raises ProfileError naming the line that is wrong."""
    text = text.removeprefix("\ufeff")
    lines = [Line(n, raw.strip()) for n, raw in enumerate(text.splitlines(), 1) if raw.strip()]
    builder = ProfileBuilder(path)
    if not lines:
        raise builder.error(None, "the file is empty")
    start = _header(lines, builder)
    heading: Heading | None = None
    body: list[Line] = []
    index = start
    while index < len(lines):
        line = lines[index]
        found = match_heading(line)
        index += 1
        if found is None:
            body.append(line)
            continue
        _close(builder, heading, body)
        heading, body = found, []
        if found.kind.startswith("label:"):
            value = None
            if found.value is None and index < len(lines) and not match_heading(lines[index]):
                value = lines[index]
                index += 1
            builder.label(found, value)
    _close(builder, heading, body)
    return builder.build()


def _header(lines: list[Line], builder: ProfileBuilder) -> int:
    """Read breadcrumb, title and summary; return the index of the first line after them."""
    first = lines[0]
    if match_heading(first):
        raise builder.error(
            first.number, f"expected the role title at the top, found the heading {first.text!r}"
        )
    index = 0
    if _BREADCRUMB.search(first.text) and len(lines) > 1 and not match_heading(lines[1]):
        family, track = split_track(first.text)
        builder.set("track", track, first.number)
        if family:
            builder.set("family", family, first.number)
        index = 1
    title = lines[index]
    if len(title.text) > _MAX_TITLE:
        raise builder.error(
            title.number, f"expected the role title, found a {len(title.text)}-character line"
        )
    builder.set("title", title.text, title.number)
    index += 1
    summary: list[Line] = []
    while index < len(lines) and not match_heading(lines[index]):
        summary.append(lines[index])
        index += 1
    if summary:
        builder.set("summary", join(summary), summary[0].number)
    return index


def _close(builder: ProfileBuilder, heading: Heading | None, body: list[Line]) -> None:
    """Hand a finished section to the builder."""
    if heading is None:
        return
    if heading.kind.startswith("label:"):
        if body:
            raise builder.error(
                body[0].number,
                f"unexpected text after the '{heading.line.text}' value: {body[0].text[:60]!r}",
            )
        return
    builder.section(heading, body)
