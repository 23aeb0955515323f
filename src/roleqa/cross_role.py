"""Answers over several profiles: lists and filters, extremes, and comparisons."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache

from roleqa.answers import (
    Citation,
    Draft,
    cite,
    experience_citation,
    field_draft,
    growth_text,
    profile_places,
    salary_quote,
)
from roleqa.language import canonical_text, join_and, verb, with_article
from roleqa.patterns import LICENCE
from roleqa.profiles import EDUCATION_LEVELS, Profile
from roleqa.understanding import Criteria

MAX_LISTED = 30
# "doesn't need a bachelor's" means an education level below it.
_LEVELS = {name: rank for rank, name in enumerate(EDUCATION_LEVELS)}


@dataclass(frozen=True)
class Measure:
    """A comparable figure of a profile: how to read it, show it and cite it."""

    name: str
    superlatives: tuple[str, str]
    value: Callable[[Profile], float | None]
    shown: Callable[[Profile], str]
    citation: Callable[[Profile], Citation]
    verdicts: tuple[str, str]


def _ai_score(profile: Profile) -> float | None:
    ai = profile.ai_disruption
    return float(ai.score) if ai and ai.score is not None else None


def _ai_shown(profile: Profile) -> str:
    ai = profile.ai_disruption
    assert ai is not None
    return f"{ai.score}/100" + (f" ({ai.band})" if ai.band else "")


MEASURES = {
    "salary": Measure(
        "median salary",
        ("highest", "lowest"),
        lambda p: float(p.median_salary.usd) if p.median_salary else None,
        lambda p: p.median_salary.text if p.median_salary else "",
        lambda p: cite(p, "Median salary", "median-salary", salary_quote(p)),
        ("pays more", "pays less"),
    ),
    "ai_disruption": Measure(
        "AI disruption score",
        ("highest", "lowest"),
        _ai_score,
        _ai_shown,
        lambda p: cite(p, "AI Disruption", "ai-disruption", f"AI Disruption: {_ai_shown(p)}"),
        ("is more exposed to AI", "is less exposed to AI"),
    ),
    "growth": Measure(
        "projected employment growth",
        ("fastest", "slowest"),
        lambda p: p.growth_pct,
        lambda p: growth_text(p) or "",
        lambda p: cite(
            p,
            "Key facts",
            "key-facts",
            f"Projected employment change {p.growth_period or ''}: {growth_text(p)}".replace(
                "change :", "change:"
            ),
        ),
        ("is projected to grow faster", "is projected to grow slower"),
    ),
}


_YEARS = re.compile(
    # not "at least 15 years old": an age, not experience
    r"(\d+)\s*(?:(?:[-–—]|to)\s*(\d+)|\+)?\s*years?\b(?![\s-]*(?:old|of age)\b)",
    re.IGNORECASE,
)


def _years(profile: Profile) -> re.Match[str] | None:
    return _YEARS.search(profile.experience or "")


def _years_needed(profile: Profile) -> float | None:
    """Years of experience a profile asks for, lower bound first: 5-8 ranks above 4-10. An
    entry-level role that states no years ranks as needing none."""
    found = _years(profile)
    if found is None:
        return 0.0 if profile.entry_level else None
    low = int(found.group(1))
    return low + int(found.group(2) or low) / 1000


def _years_shown(profile: Profile) -> str:
    found = _years(profile)
    if found is not None:
        return found.group(0)
    return "none stated; listed as entry-level friendly" if profile.entry_level else ""


def _experience_cited(profile: Profile) -> Citation:
    citation = experience_citation(profile) if _years(profile) else None
    if citation is None:
        return cite(profile, "Entry-level", "entry-level", "Entry-level: Yes")
    return citation


EXPERIENCE = Measure(
    "experience requirement",
    ("longest", "shortest"),
    _years_needed,
    _years_shown,
    _experience_cited,
    ("needs more experience", "needs less experience"),
)

# "stable" is flat, below "low" (a little growth; 0-2% in the O*NET import) and above decline
_BAND_RANK = {"declining": 0, "stable": 1, "low": 2, "moderate": 3, "high": 4, "very high": 5}
GROWTH_BANDS = Measure(
    "growth outlook",
    ("best", "weakest"),
    lambda p: _BAND_RANK.get((p.growth_outlook or "").lower()),
    lambda p: p.growth_outlook or "",
    lambda p: cite(p, "Growth outlook", "growth-outlook", f"Growth outlook: {p.growth_outlook}"),
    ("has the better growth outlook", "has the weaker growth outlook"),
)


def extreme_draft(
    profiles: Sequence[Profile],
    intent: str,
    direction: str,
    criteria: Criteria | None = None,
    top: int = 1,
) -> Draft | None:
    """The profile with the highest or lowest figure of a measure, among those that state it;
    or the `top` profiles, best first ("the top 3 safest")."""
    profiles = select(profiles, criteria) if criteria else profiles
    measure = measure_for(intent, profiles)
    if measure is None:
        return None
    stated = [(measure.value(p), p) for p in profiles if measure.value(p) is not None]
    if not stated:
        return None
    ranked = sorted(stated, key=lambda pair: pair[0] or 0.0, reverse=direction == "up")
    if 1 < top < len(ranked):
        # ties at the cut stay in: "the top 3" of 12, 18, 22, 22 is four roles
        cut = [p for value, p in ranked if _within(value, ranked, top, direction)]
        ranked_values = {
            "superlative": measure.superlatives[0 if direction == "up" else 1],
            "measure": measure.name,
            "count": len(stated),
            "top": len(cut),
            "roles": [f"{p.title} ({measure.shown(p)})" for p in cut],
        }
        return Draft("ranked", ranked_values, [measure.citation(p) for p in cut])
    winners = [profile for value, profile in ranked if value == ranked[0][0]]
    values = {
        "lead": (
            f"{join_and(sorted(p.title for p in winners))} have"
            if len(winners) > 1
            else verb(winners[0].title, "has", "have")
        ),
        "superlative": measure.superlatives[0 if direction == "up" else 1],
        "measure": measure.name,
        "count": len(stated),
        "value": measure.shown(winners[0]),
        "against": "",
        "also": "",
    }
    citations = [measure.citation(winner) for winner in winners]
    # not "the highest paid in that track": the one best of a track
    among = criteria is not None and criteria.among_previous and not criteria.track
    if among and len(stated) <= _SET_AGAINST and len(winners) == 1:
        # of two or three just named, the others' figures too: "which of those pays best"
        # sets them side by side, where "the best paid in the track" asks for the one
        others = [profile for _, profile in ranked[1:]]
        values["against"] = join_and([f"{measure.shown(p)} for {p.title}" for p in others])
        citations.extend(measure.citation(p) for p in others)
    filtered = _filtered_by(criteria, intent)
    if filtered is not None and len(winners) == 1:
        # "least likely to be replaced by ai but still pays over 50k": the pay too, as the
        # reason it is among them
        values["also"] = f"{filtered.name} {filtered.shown(winners[0])}"
        citations.append(filtered.citation(winners[0]))
    return Draft("extreme", values, citations)


# The most roles named before that an extreme among them names every one of
_SET_AGAINST = 3


def _filtered_by(criteria: Criteria | None, intent: str) -> Measure | None:
    """The measure a figure in the criteria filters on, where it is not the one ranked."""
    if criteria is None:
        return None
    for name, fields in (("salary", ("salary_above", "salary_below")),
                         ("ai_disruption", ("ai_above", "ai_below"))):  # fmt: skip
        if name != intent and any(getattr(criteria, f) is not None for f in fields):
            return MEASURES[name]
    return None


def _within(
    value: float | None, ranked: list[tuple[float | None, Profile]], top: int, direction: str
) -> bool:
    """Whether a value ranks among the first `top` of a ranking, counting ties at the cut."""
    if value is None:
        return False
    last = ranked[top - 1][0] or 0.0
    return value >= last if direction == "up" else value <= last


def compare_draft(profiles: Sequence[Profile], intent: str | None, direction: str | None) -> Draft:
    """Two or more roles side by side on one measure, or on their key facts."""
    measure = measure_for(intent or "", profiles)
    if intent == "growth" and any(p.growth_pct is None for p in profiles):
        measure = GROWTH_BANDS if all(p.growth_outlook for p in profiles) else None
    if measure is None:
        return _compare_fields(profiles, intent)
    rows, citations, stated = [], [], []
    for profile in profiles:
        value = measure.value(profile)
        if value is None:
            rows.append(
                {"title": profile.title, "value": f"the profile does not list {_what(intent)}"}
            )
            continue
        rows.append({"title": profile.title, "value": f"{measure.name} {measure.shown(profile)}"})
        citations.append(measure.citation(profile))
        stated.append((value, profile))
    verdict = None
    if len(stated) >= 2:
        ranked = sorted(stated, key=lambda pair: pair[0], reverse=direction != "down")
        tied = [profile.title for value, profile in ranked if value == ranked[0][0]]
        if len(tied) == len(ranked) > 2:
            verdict = f"All {_NUMBERS.get(len(tied), len(tied))} are level."
        elif len(tied) > 1:
            verdict = f"{join_and(tied)} are level."
        else:
            word = measure.verdicts[0 if direction != "down" else 1]
            if len(stated) > 2:
                # of three or more, the first is the most, not "more"
                word = re.sub(r"\b(more|less)\b", lambda m: _MOST[m.group(1)], word)
                word = re.sub(r"\b(faster|slower)$", lambda m: f"the {_MOST[m.group(1)]}", word)
            first, rest = word.split(" ", 1)
            plural_first = {"pays": "pay", "is": "are"}.get(first, first)
            verdict = f"{verb(ranked[0][1].title, first, plural_first)} {rest}."
    return Draft("compare", {"rows": rows, "verdict": verdict, "reply": None}, citations)


def ranked(profiles: Sequence[Profile], intent: str, direction: str) -> list[Profile]:
    """The profiles best first on what is asked, those that do not state it last."""
    measure = measure_for(intent, profiles)
    if measure is None:
        return list(profiles)
    sign = -1 if direction == "up" else 1

    def place(profile: Profile) -> tuple[bool, float]:
        value = measure.value(profile)
        return value is None, sign * (value or 0.0)

    return sorted(profiles, key=place)


def leader(profiles: Sequence[Profile], intent: str, direction: str | None) -> Profile | None:
    """The one profile ahead of the others on what is asked, or None on a tie or no measure."""
    measure = measure_for(intent, profiles) if direction else None
    if measure is None:
        return None
    best = ranked(profiles, intent, direction or "up")
    first, second = (measure.value(p) for p in best[:2])
    return best[0] if first is not None and first != second else None


def measure_for(intent: str, profiles: Sequence[Profile]) -> Measure | None:
    """How profiles are ranked on what is asked: growth by its projected change where profiles
    state one, else by their outlook band; experience by the years it takes."""
    if intent == "experience":
        return EXPERIENCE
    if intent == "growth" and not any(p.growth_pct is not None for p in profiles):
        return GROWTH_BANDS
    return MEASURES.get(intent)


def _what(intent: str | None) -> str:
    return {
        "salary": "a median salary",
        "ai_disruption": "an AI disruption score",
        "experience": "the years of experience needed",
    }.get(intent or "", "a projected growth figure")


def _compare_fields(profiles: Sequence[Profile], intent: str | None) -> Draft:
    rows, citations = [], []
    for profile in profiles:
        draft = field_draft(profile, intent or "overview")
        listed = _LISTS.get(intent or "")
        if draft.template == "overview":
            # what each role is, in its profile's own sentence, then its key facts
            facts = draft.values["facts"]
            value = "; ".join(facts) if facts else "the profile states no key facts"
            summary = str(draft.values["summary"] or "").strip().rstrip(".")
            value = f"{summary}. {value}" if summary else value
        elif listed and getattr(profile, listed):
            value = "; ".join(item.rstrip(". ") for item in getattr(profile, listed))
        else:
            value = "; ".join(citation.quote.rstrip(". ") for citation in draft.citations)
        rows.append({"title": profile.title, "value": value})
        citations.extend(draft.citations)
    verdict = None
    friendly = [p.title for p in profiles if p.entry_level]
    others = sum(p.entry_level is False for p in profiles)
    if intent == "entry_level" and friendly and others == len(profiles) - len(friendly) > 0:
        # "which one is easier to get into?": the ones whose profiles say they are.
        lead = verb(friendly[0], "is", "are") if len(friendly) == 1 else f"{join_and(friendly)} are"
        the_others = "the other is" if others == 1 else "the others are"
        verdict = f"{lead} entry-level friendly; {the_others} not."
    listed = _LISTS.get(intent or "")
    if listed and len(profiles) >= 2 and verdict is None:
        # "any skills both of them need?": the items every one of them lists
        lists = [getattr(p, listed) for p in profiles]
        shared = [i for i in lists[0] if all(_item(other, i) for other in lists[1:])]
        if shared:
            what = "skills" if listed == "skills" else "certifications"
            verdict = (
                f"{'Both' if len(profiles) == 2 else 'All'} list these {what}: {join_and(shared)}."
            )
    return Draft("compare", {"rows": rows, "verdict": verdict, "reply": None}, citations)


_LISTS = {"skills": "skills", "certifications": "certifications"}


# "the yacht jobs" take in a Superyacht Fleet Manager: a prefix that makes no other kind of work
_PREFIXES = ("super", "sub", "micro", "mini", "mega", "multi")


def _titled(wanted: str, title: tuple[str, ...]) -> bool:
    """Whether a title holds the words, one of them perhaps behind such a prefix."""
    if f" {wanted} " in f" {' '.join(title)} ":
        return True
    return " " not in wanted and any(
        word.endswith(wanted) and word[: -len(wanted)] in _PREFIXES for word in title
    )


def select(profiles: Sequence[Profile], criteria: Criteria) -> list[Profile]:
    """The profiles that meet every criterion."""
    criteria = _stated(profiles, criteria)
    chosen = list(profiles)
    if criteria.track:
        wanted = canonical_text(criteria.track)
        chosen = [
            p
            for p in chosen
            if wanted in (canonical_text(p.track or ""), canonical_text(p.family or ""))
        ]
    if criteria.titled:
        chosen = [p for p in chosen if _titled(criteria.titled, canonical_text(p.title))]
    if criteria.entry_level is not None:
        chosen = [
            p for p in chosen if p.entry_level is not None and p.entry_level == criteria.entry_level
        ]
    if criteria.education:
        level = _LEVELS.get(criteria.education, 0)
        chosen = [
            p
            for p in chosen
            if p.education
            and (
                _LEVELS.get(p.education, 0) < level
                if criteria.education_negated
                else p.education == criteria.education
            )
        ]
    if criteria.growth_band:
        chosen = [p for p in chosen if p.growth_outlook == criteria.growth_band]
    if criteria.ai_band:
        wanted_band = criteria.ai_band.lower()
        chosen = [
            p
            for p in chosen
            if p.ai_disruption and (p.ai_disruption.band or "").lower() == wanted_band
        ]
    salary = MEASURES["salary"].value
    ai = MEASURES["ai_disruption"].value
    for limit, measure, above in (
        (criteria.salary_above, salary, True),
        (criteria.salary_below, salary, False),
        (criteria.ai_above, ai, True),
        (criteria.ai_below, ai, False),
    ):
        if limit is not None:
            chosen = [p for p in chosen if _beyond(measure(p), limit, above, criteria.inclusive)]
    if criteria.skill:
        chosen = [p for p in chosen if skill_item(p, criteria.skill)]
    if criteria.certification:
        # "which jobs list cpr or first aid certs": either
        either = criteria.certification.split(" or ")
        chosen = [p for p in chosen if any(_item(p.certifications, c) for c in either)]
    if criteria.no_certifications:
        chosen = [p for p in chosen if not p.certifications]
    if criteria.years:
        chosen = [p for p in chosen if _stated_years(p) == criteria.years]
    if criteria.years_min is not None or criteria.years_max is not None:
        chosen = [p for p in chosen if _years_within(p, criteria.years_min, criteria.years_max)]
    return chosen


def _years_within(profile: Profile, least: int | None, most: int | None) -> bool:
    """Whether the fewest years of experience a profile asks for lie within both bounds; one
    that states none counts as needing none only when it is listed as entry-level friendly."""
    needed = _years_needed(profile)
    if needed is None:
        return False
    fewest = int(needed)
    return (least is None or fewest >= least) and (most is None or fewest <= most)


def _stated_years(profile: Profile) -> str | None:
    found = _years(profile)
    return f"{found.group(1)}-{found.group(2)}" if found and found.group(2) else None


def _beyond(value: float | None, limit: float, above: bool, inclusive: bool = False) -> bool:
    if value is None:
        return False
    if inclusive and value == limit:
        return True
    return value > limit if above else value < limit


def skill_item(profile: Profile, skill: str) -> str | None:
    """The first required-skills item of a profile that names the skill, else a certification;
    of "Sabre or Amadeus", the first that names either."""
    found = _item(profile.skills, skill) or _item(profile.certifications, skill)
    kinds = _KINDS_OF.get(" ".join(canonical_text(skill)), ())
    for kind in kinds if found is None else ():
        # "does this role need coding?" where a skill is "Python scripting with ArcPy"
        found = found or _item(profile.skills, kind) or _item(profile.certifications, kind)
    if found is None and " or " in skill:
        for part in skill.split(" or "):
            found = found or _item(profile.skills, part) or _item(profile.certifications, part)
    bare = _CREDENTIAL_WORD.sub("", skill)
    if found is None and bare != skill and bare.strip():
        # "an osha card" for "OSHA 10-Hour Construction": the card is the certificate itself
        found = _item(profile.skills, bare) or _item(profile.certifications, bare)
    if found is None and LICENCE.search(skill):
        # "license" and "licence" are one word, however a profile spells it
        other = re.sub(r"licen([cs])e", lambda m: "licence" if m[1] == "s" else "license", skill)
        found = _item(profile.skills, other) or _item(profile.certifications, other)
    return found


_CREDENTIAL_WORD = re.compile(
    r"\s+(?:card|cards|certificate|certificates|cert|certs|certification|ticket)$",
    re.IGNORECASE,
)
# A general word for a skill, and the skills items name that are kinds of it
_CODE = ("programming", "python", "scripting", "sql", "javascript", "java", "coding")
# "a drone license" is the FAA's Part 107 Remote Pilot Certificate, however a profile words it
_DRONE = ("remote pilot", "part 107")
_KINDS_OF = {
    "coding": _CODE,
    "code": _CODE,
    "programming": _CODE,
    "scripting": _CODE,
    **{f"drone {word}": _DRONE for word in ("license", "licence", "certificate", "cert")},
}
_SHORT_FORM = re.compile(r"\s*\([^)]*\)")
_READ_ORDER = {
    "Summary": 0,
    "What this role actually does": 1,
    "Required skills": 2,
    "Representative certifications": 3,
    "Questions and answers": 4,
}
_NUMBERS = {3: "three", 4: "four", 5: "five", 6: "six"}
_MOST = {"more": "the most", "less": "the least", "faster": "fastest", "slower": "slowest"}
_LINKING = frozenset({"in", "at", "on", "with", "of", "for", "to", "and", "the", "a", "an"})


def _item(items: Sequence[str], term: str, loose: bool = True) -> str | None:
    """The first item that names the term, compared in canonical form."""
    wanted = canonical_text(term)
    if not wanted:
        return None
    named, content = _named_words(wanted)
    if content and not _may_name(_items_text(tuple(items)), content):
        return None
    pattern = _term_pattern(wanted)
    found = next((item for item in items if pattern.search(_canonical_line(item))), None)
    if found is None and len(wanted) > 1:
        # "the woodwork career alliance passport" for "Woodwork Career Alliance (WCA) Passport":
        # the name without the short form written into it
        found = next(
            (item for item in items if pattern.search(_canonical_line(_SHORT_FORM.sub(" ", item)))),
            None,
        )
    fewest = 1 if loose or named == 1 else 2
    # "level i" counts as one word: a letter alone is part of the word before it
    if found is None and len(wanted) > 1 and fewest <= len({w for w in content if len(w) > 1}) <= 3:
        # "blueprint reading" in "Blueprint and ply-table reading", "working in confined spaces"
        # in "Working at height and in confined spaces", "cvsa level i inspection" in "CVSA North
        # American Standard Level I Inspection": every word, in one item
        found = next((i for i in items if content <= set(_canonical_line(i).split())), None)
        if found is None and any(word.endswith("ing") for word in content):
            # "an AWS welding certification" for "AWS D1.1 structural welder certification"
            found = next((i for i in items if _done_by(content, _canonical_line(i).split())), None)
    if found is None and len(wanted) > 1 and all(len(word) >= 3 for word in wanted):
        # "the FCC GROL license" for "FCC General Radiotelephone Operator License (GROL)": every
        # word of the name, where one is the short form the item gives in parentheses
        found = next(
            (
                item
                for item in items
                if set(wanted) <= set(_canonical_line(item).split())
                and any(re.search(rf"\({re.escape(w)}\)", item, re.I) for w in wanted)
            ),
            None,
        )
    return found


def read_items(profiles: Sequence[Profile]) -> None:
    """Read every line a question may search in canonical words now (skills, certifications,
    and everything a profile says), not on the first question that searches them."""
    for profile in profiles:
        for items in (profile.skills, profile.certifications, _said(profile)):
            _items_text(items)


def _said(profile: Profile) -> tuple[str, ...]:
    """Every line of a profile's own words that `profile_places` cites."""
    return (
        profile.summary or "",
        *(pair.answer for pair in profile.faq),
        *profile.duties,
        *profile.skills,
        *profile.certifications,
    )


@lru_cache(maxsize=4096)
def _named_words(wanted: tuple[str, ...]) -> tuple[int, frozenset[str]]:
    """How many words a term names, and those an item must have: "a CDL" is the one word; "for
    designs" one too, where a line of skills is searched, but in any line of a profile "on
    call" is no "call" alone."""
    named = [word for word in wanted if word not in ("a", "an", "the")]
    return len(named), frozenset(named) - _LINKING if len(named) > 1 else frozenset(named)


def _may_name(text: str, content: frozenset[str]) -> bool:
    """Whether the items whose canonical text this is could name a term with these content
    words: every way `_item` matches needs each word in some item, or for the work ("welding")
    the one who does it, so a text without one of them names none of it."""
    for word in content:
        if word in text:
            continue
        if word.endswith("ing") and (f"{word[:-3]}er" in text or f"{word[:-3]}or" in text):
            continue
        return False
    return True


@lru_cache(maxsize=65_536)
def _items_text(items: tuple[str, ...]) -> str:
    """Every item's canonical words, with and without its short form, in one string: the
    same lists are searched question after question."""
    return "\n".join(
        f"{_canonical_line(item)}\n{_canonical_line(_SHORT_FORM.sub(' ', item))}" for item in items
    )


@lru_cache(maxsize=4096)
def _term_pattern(wanted: tuple[str, ...]) -> re.Pattern[str]:
    """A term's canonical words as they stand in a canonical line; cached, since every line of
    every profile may be searched for one term."""
    return re.compile(r"(?<![a-z0-9])" + r"\W+".join(map(re.escape, wanted)) + r"(?![a-z0-9])")


@lru_cache(maxsize=65_536)
def _canonical_line(item: str) -> str:
    """An item's canonical words, cached: the same lines are searched question after question."""
    return " ".join(canonical_text(item))


def relative_draft(
    profiles: Sequence[Profile], criteria: Criteria, intent: str, direction: str, reference: Profile
) -> Draft | None:
    """Roles with a higher or lower figure than one role's ("which jobs pay better than
    this?"), meeting the other criteria too; None when that role states no such figure."""
    measure = MEASURES.get(intent)
    value = measure.value(reference) if measure else None
    if measure is None or value is None:
        return None
    limit = {
        ("salary", "up"): "salary_above",
        ("salary", "down"): "salary_below",
        ("ai_disruption", "up"): "ai_above",
        ("ai_disruption", "down"): "ai_below",
    }[intent, direction]
    limited = replace(criteria, **{limit: value})  # type: ignore[arg-type]
    draft = list_draft(profiles, limited, intent)
    count = draft.values["count"]
    which = {
        ("salary", "up"): ("pays more than", "pay more than"),
        ("salary", "down"): ("pays less than", "pay less than"),
        ("ai_disruption", "up"): ("is more exposed to AI than", "are more exposed to AI than"),
        ("ai_disruption", "down"): ("is less exposed to AI than", "are less exposed to AI than"),
    }[intent, direction][count > 1]
    shown = measure.shown(reference).replace(" (", ", ").rstrip(")")  # "63/100, High"
    said = f"{which} {with_article(reference.title)} ({shown})"
    others = _describe(_as_written(criteria, []), plural=count > 1) if not criteria.empty else ""
    draft.values["criterion"] = f"{said} and {others}" if others else said
    draft.citations.insert(0, measure.citation(reference))
    return draft


def list_draft(profiles: Sequence[Profile], criteria: Criteria, asked: str | None = None) -> Draft:
    """Roles meeting the criteria, each with the fact that qualifies it, or with the figure
    the question asks for ("salaries for all the contact center roles"), cited."""
    criteria = _stated(profiles, criteria)
    chosen = select(profiles, criteria)
    shown, citations = [], []
    # the figure asked for replaces a group's or a band's citation, never a skill's
    measured = None if criteria.skill or criteria.certification else asked
    measure = measure_for(measured, chosen) if measured else None
    for profile in chosen:
        detail, citation = _qualifier(profile, criteria)
        if measure is not None and measure.value(profile) is not None:
            detail, citation = measure.shown(profile), measure.citation(profile)
        # "AI Trainer (63/100, High)", not "(63/100 (High))"
        detail = detail.replace(" (", ", ").replace(")", "") if detail else detail
        shown.append(f"{profile.title} ({detail})" if detail else profile.title)
        citations.append(citation)
    considered = []
    if not chosen and criteria.among_previous and len(profiles) <= MAX_LISTED:
        # "None of those roles (A and B) is entry-level friendly", each role's own field cited
        considered = [profile.title for profile in profiles]
        if not (criteria.skill or criteria.certification):
            citations = [_qualifier(profile, criteria)[1] for profile in profiles]
    values = {
        "considered": considered,
        "roles": shown[:MAX_LISTED],
        "count": len(shown),
        "more": max(len(shown) - MAX_LISTED, 0),
        "criterion": _describe(_as_written(criteria, chosen), plural=len(chosen) > 1),
        "among": criteria.among_previous,
        # "which ones pay over 80k" after four roles: "Of those 4 roles, 2 have ..."
        "of": len(profiles) if criteria.among_previous and len(profiles) > len(chosen) else 0,
    }
    return Draft("list", values, citations[:MAX_LISTED])


def _done_by(words: AbstractSet[str], line: list[str]) -> bool:
    """Whether a line has every word, or for the work ("welding") the one who does it."""
    there = set(line)
    return all(
        word in there or (word.endswith("ing") and {f"{word[:-3]}er", f"{word[:-3]}or"} & there)
        for word in words
    )


def mention_draft(profiles: Sequence[Profile], term: str) -> Draft | None:
    """The roles whose profiles say the term anywhere, not only among their skills ("which
    roles mention IPM?"), each cited where it says so; None if none does."""
    shown: list[str] = []
    citations: list[Citation] = []
    written = term
    for profile in profiles:
        if _item(_said(profile), term, loose=False) is None:
            continue
        # summary, duties, skills and certifications before the answers, as a profile reads
        lines = sorted(profile_places(profile), key=lambda place: _READ_ORDER[place[0]])
        found = next((line for line in lines if _item((line[2],), term, loose=False)), None)
        if found is None:
            continue
        if not shown:
            # as the profile writes it ("driver's license"), but not capitalised for opening a line
            spelled = re.compile(r"(?:'s)?[\s-]+".join(map(re.escape, term.split())), re.I)
            as_said = spelled.search(found[2])
            written = as_said.group(0) if as_said else term
            if (
                as_said
                and as_said.start() == 0
                and written.split()[0][1:].islower()
                # "We Card" is a name, its capitals its own
                and all(word.islower() for word in written.split()[1:])
            ):
                written = written[0].lower() + written[1:]
        shown.append(profile.title)
        citations.append(cite(profile, *found))
    if not shown:
        return None
    values = {
        "considered": [],
        "roles": shown[:MAX_LISTED],
        "count": len(shown),
        "more": max(len(shown) - MAX_LISTED, 0),
        "criterion": f"{'mention' if len(shown) > 1 else 'mentions'} {written}",
        "among": False,
        "of": 0,
    }
    return Draft("list", values, citations[:MAX_LISTED])


def _stated(profiles: Sequence[Profile], criteria: Criteria) -> Criteria:
    """The criteria without an education level none of the profiles states, where others are
    left: "something in mental health I could get into right away without a master's" over
    profiles that name no entry education is the entry-level roles of that group."""
    if not criteria.education or any(p.education for p in profiles):
        return criteria
    rest = replace(criteria, education=None, education_negated=False)
    return criteria if rest.empty else rest


def _as_written(criteria: Criteria, chosen: Sequence[Profile]) -> Criteria:
    """The skill or certificate named as the first listed profile writes it ("CompTIA A+")."""
    if not chosen or not (criteria.skill or criteria.certification or criteria.titled):
        return criteria
    changes: dict[str, object] = {}
    for name, items in (
        ("skill", (*chosen[0].skills, *chosen[0].certifications)),
        ("certification", chosen[0].certifications),
        ("titled", (chosen[0].title,)),
    ):
        term = getattr(criteria, name)
        if not term:
            continue
        spelled = re.compile(r"\W+".join(map(re.escape, term.split())), re.IGNORECASE)
        found = next((m for m in map(spelled.search, items) if m), None)
        # not "CPC) designation" out of "Certified Professional Controller (CPC) designation"
        if found and found.group(0).count("(") == found.group(0).count(")"):
            changes[name] = found.group(0)
    return replace(criteria, **changes)  # type: ignore[arg-type]


def _qualifier(profile: Profile, criteria: Criteria) -> tuple[str | None, Citation]:
    """What to show beside a listed role, and the citation that backs it."""
    if criteria.salary_above is not None or criteria.salary_below is not None:
        return MEASURES["salary"].shown(profile), MEASURES["salary"].citation(profile)
    if criteria.years or criteria.years_min is not None or criteria.years_max is not None:
        return EXPERIENCE.shown(profile), _experience_cited(profile)
    if criteria.ai_above is not None or criteria.ai_below is not None:
        measure = MEASURES["ai_disruption"]
        return measure.shown(profile), measure.citation(profile)
    if criteria.skill:
        item = skill_item(profile, criteria.skill) or ""
        if item not in profile.skills:
            section = "Representative certifications"
            return None, cite(profile, section, "representative-certifications", item)
        return None, cite(profile, "Required skills", "required-skills", item)
    if criteria.certification:
        item = _item(profile.certifications, criteria.certification) or ""
        section = "Representative certifications"
        return None, cite(profile, section, "representative-certifications", item)
    if criteria.education:
        quote = f"Typical entry education: {profile.education}"
        return profile.education, cite(profile, "Key facts", "key-facts", quote)
    if criteria.ai_band:
        measure = MEASURES["ai_disruption"]
        return measure.shown(profile), measure.citation(profile)
    if criteria.growth_band:
        quote = f"Growth outlook: {profile.growth_outlook}"
        return None, cite(profile, "Growth outlook", "growth-outlook", quote)
    if criteria.entry_level is not None:
        word = "Yes" if profile.entry_level else "No"
        return None, cite(profile, "Entry-level", "entry-level", f"Entry-level: {word}")
    if criteria.no_certifications:
        quote = profile.summary or profile.title
        section, anchor = ("Summary", "summary") if profile.summary else ("Title", "title")
        return None, cite(profile, section, anchor, quote)
    if criteria.track:
        family = f"{profile.family} · " if profile.family else ""
        return None, cite(profile, "Track", "track", f"Track: {family}{profile.track}")
    return None, cite(profile, "Title", "title", profile.title)


def _describe(criteria: Criteria, plural: bool) -> str:
    """The criteria in words, agreeing with one or several roles: 'are in the Data group'."""
    are, have, lists, their = (
        ("are", "have", "list", "their") if plural else ("is", "has", "lists", "its")
    )
    parts = []
    if criteria.track:
        parts.append(f"{are} in the {criteria.track} group")
    if criteria.titled:
        parts.append(f"{have} {criteria.titled} in {their} title{'s' if plural else ''}")
    if criteria.entry_level is not None:
        parts.append(
            f"{are} {'' if criteria.entry_level else 'not '}listed as entry-level friendly"
        )
    if criteria.education and criteria.education_negated:
        parts.append(f"typically need less than a {criteria.education} to enter")
    elif criteria.education:
        parts.append(f"{lists} {criteria.education} as the typical entry education")
    if criteria.growth_band:
        parts.append(f"{have} a {criteria.growth_band} growth outlook")
    if criteria.ai_band:
        parts.append(f"{have} a {criteria.ai_band.lower()} AI disruption band")
    for low, high, what, shown in (
        (criteria.salary_above, criteria.salary_below, "a median salary", "${:,}"),
        # "below 20", not "below 20/100": a limit, not a score any profile states
        (criteria.ai_above, criteria.ai_below, "an AI disruption score", "{}"),
    ):
        if criteria.inclusive and low is not None and high is not None:
            parts.append(f"{have} {what} between {shown.format(low)} and {shown.format(high)}")
            continue
        for limit, side in ((low, "above"), (high, "below")):
            if limit is not None and criteria.inclusive:
                more = "more" if side == "above" else "less"
                parts.append(f"{have} {what} of {shown.format(limit)} or {more}")
            elif limit is not None:
                parts.append(f"{have} {what} {side} {shown.format(limit)}")
    if criteria.skill:
        parts.append(f"{lists} {criteria.skill} among {their} skills or certifications")
    if criteria.certification:
        parts.append(f"{lists} {criteria.certification} among {their} certifications")
    if criteria.no_certifications:
        parts.append(f"{lists} no certifications")
    if criteria.years:
        need = "need" if plural else "needs"
        parts.append(f"typically {need} {criteria.years} years of experience")
    least, most = criteria.years_min, criteria.years_max
    if least is not None or most is not None:
        need = "ask" if plural else "asks"
        if least is not None and most is not None:
            bound = f"from {least} to {most} years" if least < most else f"{least} years"
        elif least is not None:
            bound = f"at least {least} year{'s' if least != 1 else ''}"
        else:
            bound = f"at most {most} year{'s' if most != 1 else ''}"
        parts.append(f"{need} for {bound} of experience to start")
    return " and ".join(parts) or f"{have} a profile"
