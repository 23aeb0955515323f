"""What a question asks: its kind (intent), the roles it is about, and the words left over."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from roleqa.language import Token, canonical, canonical_text, words
from roleqa.roles import Mention, RoleIndex

FIELD_INTENTS = (
    "sources",
    "certifications",
    "entry_level",
    "experience",
    "ai_disruption",
    "salary",
    "education",
    "growth",
    "duties",
    "skills",
    "adjacent_roles",
    "overview",
)
# Each kind of question, as the word patterns that ask it (matched on the words that are not a
# role name, so "AI" in "AI Safety Researcher" does not ask about AI).
_PATTERNS: dict[str, tuple[str, ...]] = {
    "sources": (
        r"sources?",
        r"methodology",
        r"where (?:does|do|did) .*\bcome from",
        r"how do you know",
        r"last reviewed",
        r"updated",
        r"reliable",
        r"data from",
    ),
    "certifications": (r"certif\w*", r"certs?", r"credential\w*", r"licen[cs]\w*"),
    "entry_level": (
        r"entry ?level",
        r"beginner\w*",
        r"junior",
        r"newcomer\w*",
        r"no experience",
        r"fresh grad\w*",
        r"new grad\w*",
        r"break into",
        r"first job",
        r"without experience",
        r"straight out of",
    ),
    "experience": (
        r"years? of experience",
        r"how much experience",
        r"experience (?:do|does|is|are|would)?\b.*\bneed",
        r"experience (?:needed|required)",
        r"prior experience",
        r"how many years",
        r"work experience",
        r"experience",
    ),
    "ai_disruption": (
        r"ai",
        r"automat\w*",
        r"disrupt\w*",
        r"replace\w*",
        r"exposure",
        r"exposed",
        r"chatgpt",
        r"gpt\w*",
        r"llms?",
        r"language models?",
        r"robots?",
        r"obsolete",
        r"safe\w*",
        r"risk\w*",
    ),
    "salary": (
        r"salar\w*",
        r"pay\w*",
        r"paid",
        r"earn\w*",
        r"wages?",
        r"compensation",
        r"income",
        r"money",
        r"makes?",
        r"making",
        r"how much",
    ),
    "education": (
        r"degrees?",
        r"education\w*",
        r"qualifications?",
        r"college",
        r"bachelor\w*",
        r"master\w*",
        r"phd",
        r"diploma",
        r"study",
        r"university",
    ),
    "growth": (
        r"growth",
        r"grow\w*",
        r"outlook",
        r"demand",
        r"future",
        r"prospects?",
        r"projected",
        r"projections?",
        r"hiring",
        r"job market",
        r"openings",
        r"declin\w*",
        r"shrink\w*",
    ),
    "duties": (
        r"what (?:do|does|would|will)\b.*\bdo",
        r"day to day",
        r"responsibilit\w*",
        r"duties",
        r"duty",
        r"tasks?",
        r"job description",
        r"work on",
        r"typical day",
        r"doing",
    ),
    "skills": (
        r"skills?",
        r"tools?",
        r"technolog\w*",
        r"tech stack",
        r"languages?",
        r"need to know",
        r"software",
        r"learn",
    ),
    "adjacent_roles": (
        r"adjacent",
        r"related",
        r"similar",
        r"transition\w*",
        r"switch\w*",
        r"move into",
        r"career paths?",
        r"alternatives?",
        r"other roles",
        r"next step",
    ),
    "overview": (
        r"tell me about",
        r"overview",
        r"describe",
        r"what is",
        r"what s",
        r"whats",
        r"explain",
        r"info",
        r"information",
        r"summary",
        r"summar\w*",
    ),
}
_INTENTS = {
    name: re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")
    for name, alternatives in _PATTERNS.items()
}
_GREETING = re.compile(
    r"^(?:hi|hello|hey|hiya|howdy|good (?:morning|afternoon|evening)|greetings)\b"
)
_THANKS = re.compile(r"\b(?:thanks|thank you|thx|cheers|appreciate it)\b")
_HELP = re.compile(
    r"\bwhat can you\b|\bhelp\b|\bhow does this work\b|\bwhat do you know\b"
    r"|\bwho are you\b|\bwhat are you\b|\bwhat can i ask\b|\bquestions can\b"
    r"|\bwhat (?:kind|sort|type)s? of questions\b"
)
_OFF_LIMITS = re.compile(
    r"\bignore (?:all |any |the |your |previous |prior |above )*(?:instructions|rules|prompts?)\b"
    r"|\bsystem prompt\b|\bjailbreak\b|\bpretend (?:to be|you are)\b|\byou are now\b|\bpoem\b"
    r"|\bjoke\b|\bstory\b|\bsong\b|\brecipe\b|\bweather\b|\bforecast for\b|\bstock price\b"
    r"|\bbitcoin\b|\btranslate\b|\bscore of the\b|\bwho won\b|\bcapital of\b"
)
_LIST = re.compile(
    r"\b(?:which|list|show|any|all|name)\b.*\b(?:roles?|jobs?|occupations?|careers?"
    r"|positions?|professions?|ones)\b|\bwhat\b.*\b(?:roles|jobs|occupations|careers"
    r"|positions|professions)\b|\broles? (?:that|which|with|in)\b|^which (?:pay|pays"
    r"|need|needs|require|requires|use|uses|have|has|are|is)\b"
)
_EXTREME_UP = re.compile(
    r"\b(?:most|highest|best|top|fastest|faster|largest|biggest|greatest|more|higher"
    r"|riskier)\b"
)
_EXTREME_DOWN = re.compile(
    r"\b(?:least|lowest|worst|slowest|slower|smallest|fewest|less|lower|safest"
    r"|safer)\b"
)
_PAIR = re.compile(r"\b(?:the two|both|these two|those two|either|the two roles|them)\b")
_COMPARE = re.compile(
    r"\bcompare\w*|\bcomparison\b|\bvs\b|\bversus\b|\bor\b|\bdifference\b|\bbetter\b"
    r"|\bmore\b|\bless\b|\bhigher\b|\blower\b|\bsafer\b|\bfaster\b|\bslower\b"
    r"|\briskier\b|\bworse\b"
)
_NEEDS = re.compile(
    r"\b(?:need|needs|require|requires|required|use|uses|using|involve|involves|with|"
    r"ask for|asks for|know|knowing)\s+(?P<skill>[a-z0-9+#][a-z0-9+# .]*?)\s*$"
)
_THIS = re.compile(r"\b(?:this|that) (?:role|job|position|career|occupation|page|one)\b|\bthis\b")
_FOLLOW_UP = re.compile(r"^(?:and|what about|how about|same for|and for|what of|and what about)\b")


@dataclass(frozen=True)
class Criteria:
    """What a list question filters roles by; every criterion given must hold."""

    skill: str | None = None
    certification: str | None = None
    track: str | None = None
    entry_level: bool | None = None
    education: str | None = None
    education_negated: bool = False
    growth_band: str | None = None
    salary_above: int | None = None
    salary_below: int | None = None
    ai_above: int | None = None
    ai_below: int | None = None
    among_previous: bool = False

    @property
    def empty(self) -> bool:
        return self == Criteria(among_previous=self.among_previous)


@dataclass(frozen=True)
class Understanding:
    """The reading of one question, before any answer is looked up."""

    kind: str
    intents: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    rest: str = ""
    direction: str | None = None
    criteria: Criteria = field(default_factory=Criteria)
    refers_to_page: bool = False
    follow_up: bool = False
    pair: bool = False
    unknown: tuple[str, ...] = field(default=())
    unknown_role: str | None = None


_AMONG = re.compile(r"\b(?:of|among|from) (?:them|those|these|the ones)\b|\bof those roles\b")
_NOT = re.compile(r"\b(?:not|no|without|dont|doesnt|isnt|arent|never)\b|n't\b")
_DEGREES = {
    "master": "Master's degree",
    "bachelor": "Bachelor's degree",
    "associate": "Associate's degree",
    "doctoral": "Doctoral or professional degree",
    "doctorate": "Doctoral or professional degree",
    "phd": "Doctoral or professional degree",
    "high school": "High school diploma or equivalent",
    "some college": "Some college, no degree",
    "postsecondary": "Postsecondary nondegree award",
}
_BANDS = re.compile(
    r"\b(very high|high|moderate|low|declining)\b(?= (?:growth|outlook))|\b(declining|"
    r"shrinking)\b"
)
_CERTIFICATION = re.compile(
    r"\b(?:list|lists|need|needs|require|requires|have|has|with|offer|offers|mention|mentions|want"
    r"|wants)\s+(?:the |a |an )?(?P<cert>[a-z0-9+#][a-z0-9+# .]*?)\s+"
    r"(?:certifications?|certificates?|certs?|certified)\b"
)
_THRESHOLD = re.compile(
    r"\b(over|above|more than|at least|greater than|exceeding|beyond|under|below|"
    r"less than|at most|lower than)\s*(\d[\d,]*)\s*(k\b)?",
    re.IGNORECASE,
)


def understand(question: str, roles: RoleIndex, common: set[str]) -> Understanding:
    """Classify a question and find the roles it names; context is applied by the engine."""
    original = words(question)
    corrected = [roles.correct(word) for word in original]
    tokens = canonical(corrected)
    whole = " ".join(corrected)
    track = _track(whole, roles)
    found = roles.find(tokens)
    mentions = tuple(m for m in found if m.candidates)
    unresolved = [m for m in found if not m.candidates]
    listish = bool(_LIST.search(whole) or _AMONG.search(whole)) and not _THIS.search(whole)
    if track and listish:
        mentions = ()
    covered = {i for m in (*mentions, *unresolved) for i in range(m.start, m.end)}
    rest = " ".join(w for i, w in enumerate(corrected) if i not in covered)
    intents = tuple(name for name in FIELD_INTENTS if _INTENTS[name].search(rest))
    base = {
        "mentions": mentions,
        "rest": rest,
        "intents": intents,
        "unknown": _unknown_words(tokens, covered, roles, common),
        "refers_to_page": bool(_THIS.search(whole)),
        "follow_up": bool(_FOLLOW_UP.search(whole)),
        "pair": bool(_PAIR.search(rest)),
        "unknown_role": " ".join(corrected[unresolved[0].start : unresolved[0].end])
        if unresolved and not mentions
        else None,
    }
    if _OFF_LIMITS.search(whole):
        return Understanding("out_of_scope", **base)  # type: ignore[arg-type]
    if not mentions and not intents:
        if _THANKS.search(whole):
            return Understanding("thanks", **base)  # type: ignore[arg-type]
        if _GREETING.search(whole) and len(original) <= 6:
            return Understanding("greeting", **base)  # type: ignore[arg-type]
        if _HELP.search(whole):
            return Understanding("help", **base)  # type: ignore[arg-type]
    if _GREETING.search(whole) and len(original) <= 3 and not mentions:
        return Understanding("greeting", **base)  # type: ignore[arg-type]
    criteria = _criteria(rest, question.lower(), intents, track)
    direction = _direction(rest, intents)
    cross = _cross_role(base, mentions, intents, listish, direction, criteria)
    if cross:
        return cross
    return Understanding("field" if intents else "free_form", **base)  # type: ignore[arg-type]


def _direction(rest: str, intents: tuple[str, ...]) -> str | None:
    up, down = _EXTREME_UP.search(rest), _EXTREME_DOWN.search(rest)
    if not (up or down):
        return None
    direction = "down" if down and (not up or down.start() < up.start()) else "up"
    if re.search(r"\bsafe\w*", rest) and "ai_disruption" in intents:
        direction = "down"
    if re.search(r"\b(?:shrink\w*|declin\w*)", rest):
        direction = "down"
    return direction


def _cross_role(
    base: dict[str, object],
    mentions: tuple[Mention, ...],
    intents: tuple[str, ...],
    listish: bool,
    direction: str | None,
    criteria: Criteria,
) -> Understanding | None:
    """Questions over several roles: comparisons, extremes, lists and filters."""
    measured = set(intents) & {"salary", "ai_disruption", "growth"}
    paired = bool(base["pair"]) and (bool(_COMPARE.search(str(base["rest"]))) or bool(direction))
    if len(mentions) >= 2 or (paired and not mentions):
        return Understanding("compare", direction=direction, **base)  # type: ignore[arg-type]
    if mentions or base["refers_to_page"] or "adjacent_roles" in intents:
        return None
    which = re.search(
        r"^(?:which|what|who)\b|\b(?:which|what) (?:one|role|job)\b", str(base["rest"])
    )
    if direction and measured and (listish or which) and not _threshold_only(criteria):
        return Understanding(
            "extreme",
            direction=direction,
            criteria=criteria,
            **base,  # type: ignore[arg-type]
        )
    if listish:
        return Understanding("list", criteria=criteria, **base)  # type: ignore[arg-type]
    return None


def _threshold_only(criteria: Criteria) -> bool:
    return any(
        value is not None
        for value in (
            criteria.salary_above,
            criteria.salary_below,
            criteria.ai_above,
            criteria.ai_below,
        )
    )


_GROUP_WORDS = r"(?:track|family|group|area|field|role|job|position|career|occupation)"


def _track(whole: str, roles: RoleIndex) -> str | None:
    """A track or family named as one ('the Data Science track', 'security roles')."""
    padded = f" {' '.join(canonical_text(whole))} "
    for key in sorted(roles.tracks, key=len, reverse=True):
        named = re.search(rf" {re.escape(key)} {_GROUP_WORDS} ", padded)
        if named or re.search(rf" in (?:the )?{re.escape(key)} ", padded):
            return roles.tracks[key]
    return None


def _criteria(rest: str, raw: str, intents: tuple[str, ...], track: str | None) -> Criteria:
    values: dict[str, object] = {"track": track, "among_previous": bool(_AMONG.search(rest))}
    negated = bool(_NOT.search(rest))
    if "entry_level" in intents:
        values["entry_level"] = not negated
    for word, degree in _DEGREES.items():
        if re.search(rf"\b{word}", rest):
            values["education"], values["education_negated"] = degree, negated
            break
    band = _BANDS.search(rest)
    if band:
        word = band.group(1) or band.group(2)
        values["growth_band"] = "declining" if word == "shrinking" else word
    for match in _THRESHOLD.finditer(raw.replace("$", "")):
        number = int(match.group(2).replace(",", "")) * (1000 if match.group(3) else 1)
        above = match.group(1) in (
            "over",
            "above",
            "more than",
            "at least",
            "greater than",
            "exceeding",
            "beyond",
        )
        measure = "ai" if ("ai_disruption" in intents and number <= 100) else "salary"
        values[f"{measure}_{'above' if above else 'below'}"] = number
    certification = _CERTIFICATION.search(rest)
    if certification:
        values["certification"] = certification.group("cert").strip()
    needs = _NEEDS.search(rest.rstrip("? "))
    if needs and not certification and not set(intents) & {"entry_level", "education", "salary"}:
        values["skill"] = needs.group("skill").strip()
    return Criteria(**values)  # type: ignore[arg-type]


def _unknown_words(
    tokens: list[Token], covered: set[int], roles: RoleIndex, common: set[str]
) -> tuple[str, ...]:
    """Content words that are neither role names nor ordinary words: maybe an unknown role."""
    return tuple(
        token.text
        for token in tokens
        if token.start not in covered
        and token.text.isalpha()
        and token.text not in common
        and token.text not in roles.vocabulary
        and len(token.text) > 2
    )
