"""Profile -> chunks: one per FAQ pair, list section and paragraph section; pure and stable."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from roleqa.profiles import Profile, slugify

# The section a profile's own questions and answers are chunked under
FAQ_SECTION = "Questions and answers"
AI_SECTION = "AI Disruption Outlook"

MAX_CHUNK_CHARS = 700
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Chunk:
    """A passage of one profile section, the unit that is embedded, retrieved and quoted."""

    id: str
    profile_id: str
    title: str
    section: str
    anchor: str
    text: str

    @property
    def embed_text(self) -> str:
        """What the encoder sees: the passage with its role and section for context."""
        return f"{self.title}. {self.section}. {self.text}"

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.embed_text.encode()).hexdigest()


def chunk_profile(profile: Profile, max_chars: int = MAX_CHUNK_CHARS) -> list[Chunk]:
    """Every chunk of one profile, in document order, with ids that depend only on content."""
    chunks: list[Chunk] = []
    used: set[str] = set()
    for section, anchor, parts in _sections(profile, max_chars):
        anchor = _unique(anchor, used)
        base = f"{profile.id}#{anchor}"
        for number, text in enumerate(parts, 1):
            chunk_id = base if len(parts) == 1 else f"{base}/{number}"
            chunks.append(Chunk(chunk_id, profile.id, profile.title, section, anchor, text))
    return chunks


def _sections(profile: Profile, max_chars: int) -> Iterator[tuple[str, str, list[str]]]:
    if profile.summary:
        yield "Summary", "summary", split_text(profile.summary, max_chars)
    else:
        # Every profile gets at least one chunk, so even a bare title can be found.
        yield "Title", "title", [profile.title]
    facts = key_facts(profile)
    if facts:
        yield "Key facts", "key-facts", [facts]
    ai = profile.ai_disruption
    if ai and ai.outlook:
        outlook = f"{ai.outlook} Methodology: {ai.methodology}" if ai.methodology else ai.outlook
        yield AI_SECTION, "ai-disruption-outlook", split_text(outlook, max_chars)
    for section, items in (
        ("What this role actually does", profile.duties),
        ("Required skills", profile.skills),
        ("Representative certifications", profile.certifications),
    ):
        if items:
            yield section, slugify(section), split_list(items, max_chars)
    answers = {pair.answer for pair in profile.faq}
    if profile.experience and profile.experience not in answers:
        yield "Experience", "experience", split_text(profile.experience, max_chars)
    if profile.adjacent_roles and profile.adjacent_roles not in answers:
        yield "Adjacent roles", "adjacent-roles", split_text(profile.adjacent_roles, max_chars)
    for pair in profile.faq:
        parts = split_text(pair.answer, max_chars - len(pair.question) - 1)
        anchor = faq_anchor(pair.question)
        yield FAQ_SECTION, anchor, [f"{pair.question}\n{part}" for part in parts]
    if profile.methodology:
        yield "Methodology", "methodology", split_text(profile.methodology, max_chars)


def faq_anchor(question: str) -> str:
    """The anchor of a FAQ pair: 'faq-' and the slug of its question."""
    return "faq-" + slugify(question)[:60].rstrip("-")


def key_facts(profile: Profile) -> str:
    """The label/value facts as one line each, in the seed's order, then the public-data ones."""
    lines = []
    if profile.median_salary:
        broader = profile.bls_occupation
        scope = f" (for the BLS occupation {broader})" if broader else ""
        lines.append(f"Median salary: {profile.median_salary.text}{scope}")
    if profile.growth_outlook:
        lines.append(f"Growth outlook: {profile.growth_outlook}")
    if profile.growth_pct is not None:
        period = f" {profile.growth_period}" if profile.growth_period else ""
        lines.append(f"Projected employment change{period}: {profile.growth_pct:+.1f}%")
    ai = profile.ai_disruption
    if ai and ai.score is not None:
        band = f" ({ai.band})" if ai.band else ""
        lines.append(f"AI Disruption: {ai.score}/100{band}")
    if profile.entry_level is not None:
        lines.append(f"Entry-level: {'Yes' if profile.entry_level else 'No'}")
    for label, value in (
        ("Typical entry education", profile.education),
        ("Related work experience", profile.work_experience),
        ("On-the-job training", profile.training),
        ("O*NET Job Zone", profile.job_zone),
        ("O*NET-SOC code", profile.soc_code),
    ):
        if value is not None:
            lines.append(f"{label}: {value}")
    return "\n".join(lines)


def split_text(text: str, max_chars: int) -> list[str]:
    """Split on sentence boundaries into parts of at most max_chars (a longer sentence on words)."""
    if len(text) <= max_chars:
        return [text]
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        pieces.extend(_split_words(sentence, max_chars))
    return _pack(pieces, max_chars, " ")


def split_list(items: tuple[str, ...], max_chars: int) -> list[str]:
    """Bullet lines grouped into parts of at most max_chars, never splitting an item."""
    return _pack([f"- {item}" for item in items], max_chars, "\n")


def _split_words(sentence: str, max_chars: int) -> list[str]:
    if len(sentence) <= max_chars:
        return [sentence]
    return _pack(sentence.split(), max_chars, " ")


def _pack(pieces: list[str], max_chars: int, separator: str) -> list[str]:
    parts: list[str] = []
    for piece in pieces:
        if parts and len(parts[-1]) + len(separator) + len(piece) <= max_chars:
            parts[-1] = f"{parts[-1]}{separator}{piece}"
        else:
            parts.append(piece)
    return parts


def _unique(anchor: str, used: set[str]) -> str:
    candidate, number = anchor, 2
    while candidate in used:
        candidate, number = f"{anchor}-{number}", number + 1
    used.add(candidate)
    return candidate
