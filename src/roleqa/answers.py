"""Facts of a profile -> cited, templated answers; the only user of jinja2."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import jinja2

from roleqa.chunking import faq_anchor
from roleqa.errors import TemplateError
from roleqa.language import canonical_text, join_and, verb, with_article
from roleqa.patterns import LICENCE
from roleqa.profiles import Profile
from roleqa.roles import stated_names


@dataclass(frozen=True)
class Citation:
    profile_id: str
    title: str
    section: str
    anchor: str
    url: str | None
    quote: str


@dataclass(frozen=True)
class RoleRef:
    id: str
    title: str
    url: str | None


@dataclass(frozen=True)
class Answer:
    """What roleqa says, about which roles, citing what; `abstained` when it cannot answer."""

    text: str
    intent: str
    roles: tuple[RoleRef, ...] = ()
    citations: tuple[Citation, ...] = ()
    confidence: float = 0.0
    abstained: bool = False
    suggestions: tuple[str, ...] = ()
    conversation_id: str = ""
    index_version: str = ""
    notice: str | None = None


@dataclass(frozen=True)
class Draft:
    """An answer before rendering: a template, its values and what it cites."""

    template: str
    values: dict[str, Any]
    citations: list[Citation] = field(default_factory=list)


def cite(profile: Profile, section: str, anchor: str, quote: str) -> Citation:
    return Citation(profile.id, profile.title, section, anchor, profile.url, quote)


def role_ref(profile: Profile) -> RoleRef:
    return RoleRef(profile.id, profile.title, profile.url)


class Templates:
    """Answer templates from the package, each replaceable by a file in an operator's folder."""

    def __init__(self, override: Path | None = None) -> None:
        loaders: list[jinja2.BaseLoader] = []
        if override is not None:
            if not override.is_dir():
                raise ValueError(f"Template folder '{override}' does not exist")
            loaders.append(jinja2.FileSystemLoader(str(override)))
        loaders.append(jinja2.PackageLoader("roleqa", "templates"))
        # Answers are plain text that clients insert as text, so nothing is HTML-escaped here.
        self.environment = jinja2.Environment(  # noqa: S701
            loader=jinja2.ChoiceLoader(loaders),
            undefined=jinja2.StrictUndefined,
            trim_blocks=False,
            autoescape=False,
            # Templates are read once; checking each file's time on every answer costs more
            # than rendering it. A change to a template takes a restart or a reload.
            auto_reload=False,
        )
        self.environment.filters["a"] = with_article
        self.environment.filters["is"] = lambda subject: verb(subject, "is", "are")
        self.environment.filters["has"] = lambda subject: verb(subject, "has", "have")
        self.environment.filters["join_and"] = join_and
        self.environment.filters["capitalize_first"] = lambda text: text[:1].upper() + text[1:]

    def warm(self) -> None:
        """Compile every template now rather than on the first answer that uses it; a template
        that does not compile is refused here, before any question."""
        for name in self.environment.list_templates(filter_func=lambda n: n.endswith(".txt.j2")):
            try:
                self.environment.get_template(name)
            except jinja2.TemplateSyntaxError as exc:
                raise TemplateError(
                    f"Template '{exc.filename or name}' does not compile: {exc.message} "
                    f"(line {exc.lineno})"
                ) from None

    def render(self, draft: Draft) -> str:
        template = self.environment.get_template(f"{draft.template}.txt.j2")
        return template.render(**draft.values).strip()


def field_draft(profile: Profile, intent: str) -> Draft:
    """The answer to one field question about one profile, or its 'does not list' answer."""
    builder = _FIELDS.get(intent, _overview)
    draft = builder(profile)
    return draft if draft is not None else _missing(profile, intent)


_MISSING_NAMES = {
    "salary": "a median salary",
    "entry_level": "whether it is entry-level friendly",
    "experience": "the experience needed",
    "education": "the education needed",
    "growth": "a growth outlook",
    "ai_disruption": "an AI disruption score",
    "duties": "its duties",
    "skills": "required skills",
    "certifications": "certifications",
    "adjacent_roles": "adjacent roles",
    "sources": "its sources",
    "names": "other names for the role",
}


def _missing(profile: Profile, intent: str) -> Draft:
    quote = profile.summary or profile.title
    section, anchor = ("Summary", "summary") if profile.summary else ("Title", "title")
    return Draft(
        "missing_field",
        {"title": profile.title, "what": _MISSING_NAMES.get(intent, intent.replace("_", " "))},
        [cite(profile, section, anchor, quote)],
    )


def salary_quote(profile: Profile) -> str:
    assert profile.median_salary is not None
    scope = f" (for the BLS occupation {profile.bls_occupation})" if profile.bls_occupation else ""
    return f"Median salary: {profile.median_salary.text}{scope}"


def _salary(profile: Profile) -> Draft | None:
    if profile.median_salary is None:
        return None
    values = {
        "title": profile.title,
        "salary": profile.median_salary.text,
        "scope": profile.bls_occupation,
    }
    quote = salary_quote(profile)
    return Draft("salary", values, [cite(profile, "Median salary", "median-salary", quote)])


def experience_citation(profile: Profile) -> Citation | None:
    if not profile.experience:
        return None
    for pair in profile.faq:
        if pair.answer == profile.experience:
            return cite(profile, "Questions and answers", faq_anchor(pair.question), pair.answer)
    return cite(profile, "Experience", "experience", profile.experience)


def _entry_level(profile: Profile) -> Draft | None:
    if profile.entry_level is None:
        return None
    word = "Yes" if profile.entry_level else "No"
    citations = [cite(profile, "Entry-level", "entry-level", f"Entry-level: {word}")]
    experience = experience_citation(profile)
    if experience:
        citations.append(experience)
    said = profile.experience
    if said:
        # "Body Piercer is entry-level friendly. Studios take on apprentices ...": the template's
        # own yes or no says its first sentence
        verdict = rf"{re.escape(profile.title)} is {'' if profile.entry_level else 'not '}"
        said = re.sub(rf"^{verdict}(?:listed as )?entry.level friendly\.\s*", "", said) or None
    values = {"title": profile.title, "yes": profile.entry_level, "experience": said}
    return Draft("entry_level", values, citations)


def profile_places(profile: Profile) -> list[tuple[str, str, str]]:
    """Where a profile's own sentences are, with the section and anchor to cite them by."""
    return [
        ("Summary", "summary", profile.summary or ""),
        *(("Questions and answers", faq_anchor(p.question), p.answer) for p in profile.faq),
        *(
            ("What this role actually does", "what-this-role-actually-does", d)
            for d in profile.duties
        ),
        *(("Required skills", "required-skills", skill) for skill in profile.skills),
        *(
            ("Representative certifications", "representative-certifications", c)
            for c in profile.certifications
        ),
    ]


def experience_needed_draft(profile: Profile) -> Draft:
    """ "Do I need experience for this?": whether the role is entry-level friendly, as its field
    says, then the experience it takes, without the profile's own yes or no said again."""
    entry = _entry_level(profile)
    assert entry is not None, "only for a profile that states whether it is entry-level"
    verdict = (
        rf"^(?:(?:Yes|No)[.,]\s+)?(?:{re.escape(profile.title)} is (?:not )?"
        r"(?:listed as )?entry.level friendly[.:]\s*)?"
    )
    what = re.sub(verdict, "", entry.values.get("experience") or "")
    what = what[:1].upper() + what[1:]
    return replace(
        entry, template="experience_needed", values={**entry.values, "experience": what or None}
    )


def _experience(profile: Profile) -> Draft | None:
    citations = []
    citation = experience_citation(profile)
    if citation:
        citations.append(citation)
    if profile.work_experience:
        quote = f"Related work experience: {profile.work_experience}"
        citations.append(cite(profile, "Key facts", "key-facts", quote))
    if not citations:
        return None
    # the profile's "Yes." or "No." answers whether the role is entry-level friendly; before
    # "Experience needed" it would read as whether experience is needed
    said = re.sub(r"^(?:Yes|No)[.,]\s+", "", profile.experience or "") or None
    values = {
        "title": profile.title,
        "experience": said,
        "work_experience": profile.work_experience,
    }
    return Draft("experience", values, citations)


_SCHOOLING = re.compile(
    r"\b(?:degree|bachelor|master|diploma|college|university|study|studied)\w*", re.I
)
_DEGREE = re.compile(
    r"\b(?:degree|bachelor|master|associate's|diploma|ged|high school|doctorate|phd)\w*", re.I
)
_ASKS_CREDENTIAL = re.compile(r"\b(?:licen[cs]\w*|certif\w*|credential\w*)", re.I)
_ASKS_EDUCATION = re.compile(r"\b(?:what|which) (?:education|schooling|training)\b", re.I)
_ASKS_SCHOOLING = re.compile(r"\b(?:education|degree|qualification|school|study)\w*", re.I)


def _education(profile: Profile) -> Draft | None:
    if not profile.education:
        return _education_mentioned(profile)
    quote = f"Typical entry education: {profile.education}"
    values = {"title": profile.title, "education": profile.education}
    return Draft("education", values, [cite(profile, "Key facts", "key-facts", quote)])


def _education_mentioned(profile: Profile) -> Draft | None:
    """No education field, but the profile's own answers may speak of degrees: quote that,
    from a question about education first ("What education does an X need?")."""
    asking = [pair for pair in profile.faq if _ASKS_SCHOOLING.search(pair.question)]
    others = [pair for pair in profile.faq if pair not in asking]
    # a question about schooling first, then a skill that is a degree ("A bachelor's degree in
    # biology"), then an answer naming a degree, then one naming college or study at all
    found: list[tuple[str, str, str]] = [
        ("Questions and answers", faq_anchor(p.question), p.answer)
        for p in asking
        # "Barber school, typically 1,000 to 1,500 hours": the answer to a question about
        # schooling, whatever its words
        if _SCHOOLING.search(p.answer) or _ASKS_EDUCATION.search(p.question)
    ]
    found += [
        ("Required skills", "required-skills", item)
        for item in profile.skills
        if _DEGREE.search(item)
    ]
    for pattern in (_DEGREE, _SCHOOLING):
        found += [
            ("Questions and answers", faq_anchor(p.question), p.answer)
            for p in others
            if pattern.search(p.answer)
        ]
    if not found:
        return None
    section, anchor, text = found[0]
    values = {"title": profile.title, "text": text}
    return Draft("education_mentioned", values, [cite(profile, section, anchor, text)])


def growth_text(profile: Profile) -> str | None:
    if profile.growth_pct is None:
        return None
    return f"{profile.growth_pct:+.1f}%"


def _growth(profile: Profile) -> Draft | None:
    if profile.growth_outlook is None and profile.growth_pct is None:
        return None
    citations = []
    if profile.growth_outlook:
        quote = f"Growth outlook: {profile.growth_outlook}"
        citations.append(cite(profile, "Growth outlook", "growth-outlook", quote))
    pct = growth_text(profile)
    if pct:
        period = f" {profile.growth_period}" if profile.growth_period else ""
        quote = f"Projected employment change{period}: {pct}"
        citations.append(cite(profile, "Key facts", "key-facts", quote))
    values = {
        "title": profile.title,
        "outlook": profile.growth_outlook,
        "pct": pct,
        "period": profile.growth_period,
        "scope": profile.bls_occupation,
    }
    return Draft("growth", values, citations)


def _ai_disruption(profile: Profile) -> Draft | None:
    ai = profile.ai_disruption
    if ai is None or ai.score is None:
        return None
    band = f" ({ai.band})" if ai.band else ""
    citations = [
        cite(profile, "AI Disruption", "ai-disruption", f"AI Disruption: {ai.score}/100{band}")
    ]
    if ai.outlook:
        citations.append(
            cite(profile, "AI Disruption Outlook", "ai-disruption-outlook", ai.outlook)
        )
    values = {"title": profile.title, "score": ai.score, "band": ai.band, "outlook": ai.outlook}
    return Draft("ai_disruption", values, citations)


def ai_method_draft(profile: Profile) -> Draft | None:
    """How a profile's AI disruption score was arrived at, in its own methodology note."""
    ai = profile.ai_disruption
    if ai is None or ai.score is None or not ai.methodology:
        return None
    values = {"title": profile.title, "score": ai.score, "band": ai.band, "note": ai.methodology}
    quote = f"Methodology: {ai.methodology}"
    return Draft(
        "ai_methodology",
        values,
        [
            cite(profile, "AI Disruption", "ai-disruption", f"AI Disruption: {ai.score}/100"),
            cite(profile, "AI Disruption Outlook", "ai-disruption-outlook", quote),
        ],
    )


def _duties(profile: Profile) -> Draft | None:
    if not profile.duties and not profile.summary:
        return None
    citations = []
    if profile.summary:
        citations.append(cite(profile, "Summary", "summary", profile.summary))
    if profile.duties:
        quote = "\n".join(f"- {duty}" for duty in profile.duties)
        citations.append(
            cite(profile, "What this role actually does", "what-this-role-actually-does", quote)
        )
    values = {"title": profile.title, "summary": profile.summary, "duties": profile.duties}
    return Draft("duties", values, citations)


def _list_field(profile: Profile, intent: str, items: Sequence[str], section: str) -> Draft | None:
    if not items:
        return None
    quote = "\n".join(f"- {item}" for item in items)
    anchor = section.lower().replace(" ", "-")
    return Draft(
        intent, {"title": profile.title, intent: items}, [cite(profile, section, anchor, quote)]
    )


def _skills(profile: Profile) -> Draft | None:
    return _list_field(profile, "skills", profile.skills, "Required skills")


# a duty done with things, not with people: "Apply pesticides with backpack sprayers", "Prepare
# stencils with a thermal stencil printer"; not "work with homeowners", "lift with care"
_DONE_WITH = re.compile(
    r"\b(?:with|using|operat(?:e|es|ing))\s+(?!(?:the |a |an |other |their |fellow |local )?"
    r"(?:\w+ )?(?:customers?|clients?|famil(?:y|ies)|guests?|visitors?|patients?|teams?|crews?"
    r"|staff|colleagues|others?|managers?|supervisors?|owners?|homeowners?|people|vendors?"
    r"|contractors?|mentors?|professionals|heads|creators|streamers|veterinarians|vets|reps"
    r"|buyers|realtors|adjusters|carriers|stakeholders|partners|suppliers|engineers"
    r"|designers|developers|doctors|nurses|care|caution|clear)\b)",
    re.IGNORECASE,
)


def tools_draft(profile: Profile) -> Draft | None:
    """The skills, then the duties that say what the work is done with: the answer to "what
    tools do they use?" where the tools are named in the duties ("with backpack sprayers, bait
    guns and dusters") rather than the skills. None when no duty names any."""
    skills = _skills(profile)
    used = [duty for duty in profile.duties if _DONE_WITH.search(duty)]
    if skills is None or not used:
        return None
    quote = "\n".join(f"- {duty}" for duty in used)
    citation = cite(profile, "What this role actually does", "what-this-role-actually-does", quote)
    return replace(
        skills,
        values={**skills.values, "worked_with": used},
        citations=[*skills.citations, citation],
    )


def licences_draft(profile: Profile) -> Draft | None:
    """The certifications, then the required skills that name a licence: the answer to "what
    license do they need?" where the driver's licence is a skill. None when no skill names one
    or the profile lists no certifications."""
    listed = _list_field(
        profile, "certifications", profile.certifications, "Representative certifications"
    )
    named = [skill for skill in profile.skills if LICENCE.search(skill)]
    if listed is None or not named:
        return None
    quote = "\n".join(f"- {skill}" for skill in named)
    return replace(
        listed,
        values={**listed.values, "licences": named},
        citations=[*listed.citations, cite(profile, "Required skills", "required-skills", quote)],
    )


def _certifications(profile: Profile) -> Draft | None:
    listed = _list_field(
        profile, "certifications", profile.certifications, "Representative certifications"
    )
    if listed is not None:
        return listed
    # No certifications listed, but the profile's own answer to "Does a Spa Coordinator need a
    # license?" says what is needed
    for pair in profile.faq:
        if _ASKS_CREDENTIAL.search(pair.question):
            values = {"title": profile.title, "text": pair.answer}
            citation = cite(
                profile, "Questions and answers", faq_anchor(pair.question), pair.answer
            )
            return Draft("certifications_mentioned", values, [citation])
    return None


def _adjacent_roles(profile: Profile) -> Draft | None:
    if not profile.adjacent_roles:
        return None
    citation = cite(profile, "Adjacent roles", "adjacent-roles", profile.adjacent_roles)
    for pair in profile.faq:
        if pair.answer == profile.adjacent_roles:
            citation = cite(
                profile, "Questions and answers", faq_anchor(pair.question), pair.answer
            )
    # the engine adds the other roles of the track, where the text names none of them
    values = {"title": profile.title, "adjacent": profile.adjacent_roles, "track_roles": []}
    return Draft("adjacent_roles", {**values, "track": profile.track}, [citation])


def _sources(profile: Profile) -> Draft | None:
    if not profile.methodology and not profile.sources:
        return None
    citations = []
    if profile.methodology:
        citations.append(cite(profile, "Methodology", "methodology", profile.methodology))
    if profile.sources:
        citations.append(cite(profile, "Sources", "sources", "; ".join(profile.sources)))
    values = {
        "title": profile.title,
        "methodology": profile.methodology,
        "sources": list(profile.sources),
    }
    return Draft("sources", values, citations)


def _names(profile: Profile) -> Draft | None:
    """The other names the profile gives the role: in its own words, then its listed titles."""
    names: list[str] = []
    citations: list[Citation] = []
    texts = [("Summary", "summary", profile.summary or "")]
    texts += [("Questions and answers", faq_anchor(p.question), p.answer) for p in profile.faq]
    for name in stated_names(profile):
        where = next((t for t in texts if name.lower() in t[2].lower()), None)
        if where is None:
            continue
        names.append(name)
        citation = cite(profile, *where)
        if citation not in citations:
            citations.append(citation)
    said = {tuple(canonical_text(name)) for name in (profile.title, *names)}
    listed = [t for t in profile.alternate_titles if tuple(canonical_text(t)) not in said]
    if listed:
        names.extend(listed[:MAX_NAMES])
        quote = "; ".join(profile.alternate_titles)
        citations.append(cite(profile, "Alternate titles", "alternate-titles", quote))
    if not names:
        return None
    return Draft("names", {"title": profile.title, "names": names}, citations)


MAX_NAMES = 8


def _overview(profile: Profile) -> Draft:
    facts: list[str] = []
    citations: list[Citation] = []
    if profile.summary:
        citations.append(cite(profile, "Summary", "summary", profile.summary))
    for builder in (_salary, _growth, _ai_disruption, _entry_level):
        draft = builder(profile)
        if draft is None:
            continue
        citation = draft.citations[0]
        facts.append(citation.quote)
        citations.append(citation)
    values = {
        "title": profile.title,
        "track": profile.track,
        "summary": profile.summary,
        "facts": facts,
    }
    return Draft("overview", values, citations)


_FIELDS = {
    "salary": _salary,
    "entry_level": _entry_level,
    "experience": _experience,
    "education": _education,
    "growth": _growth,
    "ai_disruption": _ai_disruption,
    "duties": _duties,
    "names": _names,
    "skills": _skills,
    "certifications": _certifications,
    "adjacent_roles": _adjacent_roles,
    "sources": _sources,
    "overview": _overview,
}
