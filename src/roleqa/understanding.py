"""What a question asks: its kind (intent), the roles it is about, and the words left over."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from roleqa import patterns
from roleqa.language import (
    COMMON_WORDS,
    INTERJECTIONS,
    Token,
    canonical,
    canonical_text,
    singular,
    words,
)
from roleqa.roles import (
    DERIVED,
    HEADLESS,
    NAMING_VERBS,
    NOT_WORKERS,
    PARTIAL,
    PLACE_WORDS,
    SHORTENED,
    TITLE,
    Mention,
    RoleIndex,
)


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
    ai_band: str | None = None
    salary_above: int | None = None
    salary_below: int | None = None
    ai_above: int | None = None
    ai_below: int | None = None
    among_previous: bool = False
    no_certifications: bool = False
    years: str | None = None  # "1-3": the experience a profile states, as a range
    # "at least 8 years", "under 3 years": bounds, both included, on the fewest years stated
    years_min: int | None = None
    years_max: int | None = None
    titled: str | None = None  # "underwriter": words in the titles of "the underwriter roles"
    inclusive: bool = False  # "between 50k and 65k", "55k or more": the limits themselves too

    @property
    def empty(self) -> bool:
        return self == Criteria(among_previous=self.among_previous)

    @property
    def kind(self) -> str | None:
        """The first criterion given, by name ('skill'), for a follow-up that changes its value."""
        for name in (
            "skill",
            "certification",
            "track",
            "titled",
            "growth_band",
            "ai_band",
            "education",
        ):
            if getattr(self, name) is not None:
                return name
        if self.entry_level is not None:
            return "entry_level"
        if self.no_certifications:
            return "no_certifications"
        if self.ai_above is not None or self.ai_below is not None:
            return "ai_threshold"
        return None if self.empty else "threshold"


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
    content: tuple[str, ...] = field(default=())
    # every role named, where the question asks about only the one to become: "how long do I
    # work as an EMT before I can become a paramedic?"
    passed_over: tuple[Mention, ...] = field(default=())


def _headed(mention: Mention, corrected: list[str], roles: RoleIndex) -> Mention:
    """'car wash tech' after the 'car wash' that begins three titles: the one whose head
    noun follows, with the middle of its title left out (Car Wash Equipment Technician)."""
    if len(mention.candidates) < 2 or set(mention.candidates.values()) != {HEADLESS}:
        return mention
    after = singular(corrected[mention.end]) if mention.end < len(corrected) else ""
    heads = {"tech": "technician", "techs": "technician"}
    fits = [
        pid
        for pid in mention.candidates
        if canonical_text(roles.titles[pid])[-1:] == (heads.get(after, after),)
    ]
    if len(fits) != 1:
        return mention
    return Mention(mention.start, mention.end + 1, {fits[0]: SHORTENED})


def _other_worker_after(found: list[Mention], corrected: list[str]) -> list[Mention]:
    """'a glazing project manager', 'flooring sales reps': a word that only loosely names a role,
    before another kind of worker, names that worker, whom no profile covers."""
    taken = {i for m in found for i in range(m.start, m.end)}
    kept = []
    for m in found:
        loose = bool(m.candidates) and max(m.candidates.values()) <= PARTIAL
        worker = next(
            (
                end
                for end in range(m.end + 1, min(m.end + 3, len(corrected)) + 1)
                if _OTHER_WORKER.search(corrected[end - 1])
                and singular(corrected[end - 1]) not in NOT_WORKERS
                and all(
                    word.isalpha() and word not in COMMON_WORDS and i not in taken
                    for i, word in enumerate(corrected[m.end : end], start=m.end)
                )
            ),
            None,
        )
        # "a director of golf": the worker before "of"
        before = m.start - 2
        worker_of = (
            before >= 0
            and corrected[m.start - 1] == "of"
            and _OTHER_WORKER.search(corrected[before])
            and corrected[before] not in COMMON_WORDS
            and before not in taken
        )
        if loose and worker:
            kept.append(Mention(m.start, worker, {}))
        elif loose and worker_of:
            kept.append(Mention(before, m.end, {}))
        else:
            kept.append(m)
    return kept


def _words_of(match: re.Match[str], group: str) -> tuple[int, int]:
    """The places of the first word of a group matched in a question's words, and past its
    last, as mentions count them."""
    first = len(match.string[: match.start(group)].split())
    return first, first + len(match[group].split())


_HOW_MANY_THEY = re.compile(
    r"(?:(?:so|and|ok|but) )?how many (?P<thing>(?:\w+ ){0,3}?\w+) (?:do|does|did|would|will)"
    r" (?:they|you|u|he|she|it|we|i)\b"
)
# "beekeeping roles": a word for a kind of work before a plural word for roles
_FIELD_WORD = re.compile(
    r"\b(?P<word>[a-z]{5,}(?:ing|ry|ery)) (?:roles?|jobs?|positions?|careers?)\b"
    # "what jobs are there in ice sculpting", "i'm interested in ice sculpting"
    r"|\b(?:(?:roles?|jobs?|positions?|careers?|work)(?: are there| do you have)?|interested)"
    r" in (?:the )?(?:[a-z]+ )?(?P<after>[a-z]{5,}(?:ing|ry|ery))\b"
)
# "is it a shop job", "is this more of a desk job": what kind of job the role at hand is
_A_KIND_OF_JOB = re.compile(
    r"\b(?:is|would|will) (?:it|this|that|the job|this job|this role) (?:mostly |more |usually )?"
    r"(?:a|an|more of a|mostly a) (?P<kind>[a-z]+(?: [a-z]+)?) (?:job|role|position|gig)\b"
)
# "how much does a new room cost to build": what a thing costs, not what a role pays
_PRICE_OF = re.compile(
    r"\bhow much (?:does|do|would|will|is|are) (?:a|an|the|my|your) [a-z]+(?: [a-z]+)?"
    r" costs?\b(?! \w+(?:er|or|ist|ant)s?\b)"
)
# "what is the best sailboat for a beginner": a thing to buy or choose, which no profile rates
_BEST_THING = re.compile(
    r"^(?:(?:so|and|ok|okay) )?(?:what(?:'s| is)|which is) (?:the )?(?:best|right|ideal)"
    r" (?P<thing>[a-z]+) (?:for|to)\b"
)
_CHOSEN_FROM_PROFILES = frozenset(
    {"job", "role", "career", "position", "path", "route", "way", "option", "track", "gig",
     "certification", "cert", "certificate", "license", "licence", "course", "school",
     "degree", "program", "training", "skill", "tool", "step", "move", "one", "field", "place",
     "time", "age", "major", "trade", "specialty", "area"}
)  # fmt: skip
_OTHER_WORKER = re.compile(r"(?:[a-z]{3}(?:er|or|ist|ian)|man|men|reps?|executive|exec)s?$")
_MODALS = frozenset({"can", "could", "would", "will", "should", "must"})
_LICENCE_OWNERS = frozenset({"a", "an", "the", "my", "your", "their", "any"})
# after a role's initials, what the initials name instead: "the RDN credential", "a gc masters
# program"
_CREDENTIAL_WORDS = frozenset({
    "credential", "certification", "cert", "certificate", "exam", "program", "degree", "master",
    "masters", "course",
})  # fmt: skip


def understand(question: str, roles: RoleIndex, common: set[str]) -> Understanding:
    """Classify a question and find the roles it names; context is applied by the engine."""
    question = _INTERJECTION.sub("", _HEDGE.sub("", _years_bounded(question)))
    original = _without_trade_words(_joined_words(words(question), roles), roles)
    corrected = [roles.correct(word) for word in original]
    tokens = canonical(corrected)
    whole = " ".join(corrected)
    track = _track(whole, roles)
    field = None if track else _FIELD_WORD.search(" ".join(original))
    if field:
        # "which beekeeping roles do you cover", "list the floristry roles": the group of the
        # one role whose work the word names
        track = roles.field_of(field["word"] or field["after"])
    plural = frozenset(i for i, word in enumerate(corrected) if word != singular(word))
    found = [m for m in roles.find(tokens, plural) if not _leading_to(m, corrected)]
    texts = [token.text for token in tokens]
    if not found:
        # Clipped or derived names ("quant", "roboticist") only where a role's name goes, or
        # beside other words of the same title ("data labelers").
        found = [
            m
            for m in roles.derived(tokens)
            # "which roles mention wreckmaster": a thing named, not a Wrecker Operator; "on
            # call?" is a schedule, not a Calligrapher cut short
            if not (m.start > 0 and corrected[m.start - 1] in (*NAMING_VERBS, "on"))
            and (
                len(texts) <= 4
                or any(
                    _in_role_slot(texts, i)
                    or (i > 0 and texts[i - 1] in _BEFORE_DERIVED)  # "do roustabouts need"
                    or texts[max(i - 2, 0) : i] == ["back", "to"]  # "back to massage - growth?"
                    # "is vet acupuncture safe": after a title's word cut short
                    or (i > 0 and roles.clips_before(texts[i - 1], texts[i]))
                    for i, t in enumerate(tokens)
                    if t.start == m.start
                )
                or sum(m.start <= t.start < m.end for t in tokens) > 1
            )
        ]
        # "vet acupuncture": the word cut short belongs to the name
        found = [_with_clipped_before(m, tokens, roles) for m in found]
        # "about bookkeeping or maybe payroll": a name joined to one in a role's place
        found = sorted(
            [*found, *(m for m in roles.derived(tokens) if _joined(m, found, corrected))],
            key=lambda m: m.start,
        )
    elif patterns.COMPARE_WORD.search(" ".join(texts)) or " or " in f" {' '.join(texts)} ":
        # "ediscovery vs paralegal pay": a derived name set against a title, beside the word
        # that sets them side by side; not "true crime stuff, ... forensic toxicologists, ... or"
        taken = {t.start for m in found for t in tokens if m.start <= t.start < m.end}
        found = sorted(
            [
                *found,
                *(
                    m
                    for m in roles.derived(tokens)
                    if m.start not in taken and m.candidates and _set_against(corrected, m)
                ),
            ],
            key=lambda m: m.start,
        )
    if not found and not track:
        found = _leading_word(tokens, roles) or _clipped_run(tokens, roles)
    found = [_cut_short_before(m, tokens, roles) for m in found]
    found = _senior_beside(tokens, found, roles)
    found = _sharing_the_front(found, corrected, roles)
    found = _sharing_the_head(found, corrected, roles)
    found = [_plain_before(m, corrected, roles) for m in found]
    if not found:
        found = _set_against_this(corrected, roles)
    # "do i need a (commercial) drivers license?": the words before "license" name the licence,
    # not a role
    found = [
        m
        for m in found
        if not (
            m.start > 0
            and corrected[m.start - 1] in _LICENCE_OWNERS
            and (
                corrected[m.end : m.end + 1] in (["license"], ["licence"])
                # "which jobs require the RDN credential", "a gc masters program": a role's
                # initials that name its credential or schooling
                or (
                    m.end < len(corrected)
                    and corrected[m.end] in _CREDENTIAL_WORDS
                    and m.end - m.start == 1
                    and len(corrected[m.start]) <= 5
                )
            )
        )
    ]
    # "before you can lead trips": one word after "can" is what is done, not a role
    found = [
        m
        for m in found
        if not (
            m.end - m.start == 1
            and m.start > 0
            and corrected[m.start - 1] in _MODALS
            and corrected[m.start] == singular(corrected[m.start])
            and corrected[m.start] in roles.heads
        )
    ]
    found = [_headed(m, corrected, roles) for m in found]
    # "is master sommelier required for it": the words before "required" name what is required
    required = re.match(
        r"(?:(?:so|and|ok|but) )?(?:is|are) (?:a |an |the )?(?P<thing>(?:\w+ ){1,4}?)"
        r"(?:required|needed|necessary|mandatory)\b",
        " ".join(corrected),
    )
    # "how many engineers do they manage": what the role at hand counts, not a role
    counted = _HOW_MANY_THEY.match(" ".join(corrected))
    # "what kind of dollies do they use": a thing a title's word names, not the Dolly Grip,
    # where the word is no title's head ("what kind of grips are there" asks of roles)
    kind_of = patterns.KIND_OF_THING.search(" ".join(corrected))
    if kind_of and singular(kind_of["thing"]) in roles.heads:
        kind_of = None
    for thing in (required, counted, kind_of):
        if thing:
            first, last = _words_of(thing, "thing")
            found = [m for m in found if not (first <= m.start and m.end <= last)]
    said = _MENTIONS.search(" ".join(corrected))
    if said:
        # "which roles mention electronic monitoring": the words mentioned, though they begin
        # a name the summary gives the Pretrial Release Technician
        first, last = _words_of(said, "what")
        found = [m for m in found if not (first <= m.start and m.end <= last)]
    found = _other_worker_after(found, corrected)
    found = [_rank_after(m, corrected, roles, found) for m in found]
    # "a sublimation printer operator": a word no profile uses before a loose name makes it
    # another worker, not the Screen Printing Press Operator "printer operator" suggests
    found = [
        Mention(m.start - 1, m.end, {})
        if m.candidates
        and max(m.candidates.values()) <= PARTIAL
        and m.start >= 2
        and corrected[m.start - 2] in ("a", "an")
        and _strange(corrected[m.start - 1], roles, common)
        else m
        for m in found
    ]
    # "do they need a PE?": a loose name after a verb of needing is the thing needed (a
    # Professional Engineer licence), not the Process Engineer its letters also stand for
    found = [
        m
        for m in found
        if not (m.candidates and max(m.candidates.values()) <= PARTIAL)
        or not _needed_at(corrected, m.start)
    ]
    if patterns.LIST.search(" ".join(corrected)):
        # "which roles need a motorcycle endorsement": what is needed, though a title's word
        # begins it, is no role
        found = [m for m in found if m.candidates or not _needed_at(corrected, m.start)]
    found = [m if m.candidates else _named_otherwise(m, corrected, roles) for m in found]
    mentions = _merged(tuple(m for m in found if m.candidates))
    kind_of_job = _A_KIND_OF_JOB.search(whole)
    if kind_of_job and len(mentions) == 1:
        # "is it a shop job or out in the field": what the role at hand is like, not the Hose
        # Shop Supervisor a word of the question names
        start, end = _words_of(kind_of_job, "kind")
        if start <= mentions[0].start and mentions[0].end <= end + 1:  # and the word for a job
            mentions = ()
    placed = (
        len(mentions) == 2
        and max(mentions[1].candidates.values()) <= HEADLESS
        and (
            corrected[mentions[1].start - 1 : mentions[1].start] in (["in"], ["at"], ["on"])
            or (
                corrected[mentions[1].start - 1 : mentions[1].start] in (["the"], ["a"], ["an"])
                and corrected[mentions[1].start - 2 : mentions[1].start - 1]
                in (["in"], ["at"], ["on"])
            )
        )
    )
    if placed:
        # "what is a hopper in armored cars": the one role, in the line of work its group's
        # titles share; "the supervisor at the scrap yard": the one whose title has the yard
        asked_of, where = mentions
        at = set(corrected[where.start : where.end])
        sharing = {pid: s for pid, s in asked_of.candidates.items() if at & roles.title_tokens[pid]}
        if (
            len(asked_of.best) == 1
            and set(asked_of.best) <= set(where.best)
            and len(where.best) > 1
        ):
            mentions = (asked_of,)
        elif len(sharing) == 1:
            mentions = (Mention(asked_of.start, asked_of.end, sharing),)
        elif not set(asked_of.candidates) & set(where.candidates):
            # "how much do phlebotomists make at blood banks": the place where the one named
            # works, not the Blood Bank Technologist
            mentions = (asked_of,)
    unresolved = [m for m in found if not m.candidates]
    passed_over: tuple[Mention, ...] = ()
    # "which one pays more?" sets two roles side by side, whatever else is said of them
    which_more = bool(re.search(r"\bwhich\b", whole) and patterns.COMPARATIVE.search(whole))
    if (
        len(mentions) == 2
        and not which_more
        and (
            not patterns.COMPARE.search(re.sub(r"\bor\b", " ", whole))
            or not (patterns.COMPARE_WORD.search(whole) or re.search(r"\bthan\b", whole))
        )
    ):
        # "how long do I work as an EMT before I can become a paramedic?" asks about the role
        # to become
        target = [m for m in mentions if _becoming(corrected[: m.start])]
        earlier, later = sorted(mentions, key=lambda m: m.start)
        between = corrected[earlier.end : later.start]
        if (
            not target
            and 1 <= len(between) <= 2
            and not set(between) & _JOINING
            and between[0] not in COMMON_WORDS
        ):
            # "how do producers pick narrators": the second the first's object
            target = [earlier]
        if len(target) == 1:
            passed_over, mentions = mentions, tuple(target)
    # the one role named, marked in the question: "do i need to be a # first"
    marked = (
        " ".join([*corrected[: mentions[0].start], "#", *corrected[mentions[0].end :]])
        if len(mentions) == 1
        else ""
    )
    if _CONTRASTED.search(marked) or _STEP_BEFORE.search(marked):
        # "what can they do that a senior rigger cant" after the Master Parachute Rigger, "do i
        # need to be a welder first" on the Pipeline Welding Inspector's page: the role named
        # is set against the one asked about, or is the step before it
        passed_over, mentions = mentions, ()
    elif _CREDENTIAL_ASKED.search(marked):
        # "do i need the CHT for this" on a clinic manager's page, where CHT is also the
        # Certified Hand Therapist: a credential asked of the role at hand, its words kept
        mentions = ()
    # "the highest paid in this track?" asks about the page role's track, not the page role.
    pointed = patterns.THIS.search(patterns.SITE.sub(" ", patterns.THAT_TRACK.sub(" ", whole)))
    listish = (
        bool(patterns.LIST.search(whole) or patterns.AMONG.search(whole))
        and not pointed
        # "is it a good job for someone right out of school?" asks about one role
        and not re.match(r"(?:(?:so|and|but|ok) )?(?:is|would|will|could) it\b", whole)
    )
    # "ml engineering track roles": a track named as one is a list, and its words no role.
    listish = listish or bool(track and re.search(r"\b(?:tracks?|family)\b", whole))
    listish = listish or bool(patterns.THAT_TRACK.search(whole))
    if track and listish:
        mentions = ()
    elif track:
        # "worst paid in public safety": "public safety" names the group, not the role that
        # a profile calls a public safety telecommunicator
        # "best paying travel job": the group's word before a word for any role, in a question
        # across the group's roles
        group = set(canonical_text(track))
        if patterns.SUPERLATIVE.search(whole):
            group |= _ANY_ROLE_WORDS
        mentions = tuple(
            m
            for m in mentions
            if not {t.text for t in canonical(corrected[m.start : m.end])} <= group
        )
    covered = {i for m in (*mentions, *unresolved, *passed_over) for i in range(m.start, m.end)}
    # "and for a certified ASL interpreter?" asks no certification: the word describes the role
    covered |= {m.start - 1 for m in mentions if m.start and corrected[m.start - 1] in _DESCRIBING}
    rest = " ".join(w for i, w in enumerate(corrected) if i not in covered)
    # "the highest paying role in the AI Engineering track" asks nothing about AI.
    named_track = set(words(track.lower())) if track else set()
    intents = patterns.intents_in(" ".join(w for w in rest.split() if w not in named_track))
    wise = re.search(r"\b(skills?|experience|pay|salary|education)[- ]?wise\b", rest)
    if wise:
        # "what does it take to do this, skills wise": that, whatever else the words ask
        intents = patterns.intents_in(wise.group(1))
    if "growth" in intents and patterns.HOW_LONG.match(rest):
        # "how long does a christmas tree take to grow": a time, not the growth outlook
        intents = tuple(i for i in intents if i != "growth")
    if "salary" in intents and patterns.HOW_MUCH_OF.search(rest) and not patterns.PAY.search(rest):
        # "how much heavy lifting is involved?", "how much protein should I eat?": no pay
        intents = tuple(i for i in intents if i != "salary")
    if (
        not mentions
        and patterns.NO_EXPERIENCE.search(rest)
        and {"salary", "ai_disruption", "growth"} & set(intents)
    ):
        # "best paying job I can get with no experience": entry level is the filter, not the
        # years of experience the measure
        intents = tuple(i for i in intents if i != "experience")
    unknown = _unknown_words(tokens, covered, roles, common)
    unknown_role = (
        " ".join(corrected[unresolved[0].start : unresolved[0].end]) if unresolved else None
    )
    if track:
        # "the taxidermy job": the group's own name is no unknown word, nor, in "which grip
        # department job pays the least", a role no profile covers
        unknown = tuple(word for word in unknown if word not in canonical_text(track))
        if unknown_role and canonical_text(unknown_role) == canonical_text(track):
            unknown_role = None
    base = {
        "mentions": mentions,
        "rest": rest,
        "intents": intents,
        "unknown": unknown,
        "content": _unknown_candidates(tokens, covered, roles, common),
        "refers_to_page": bool(pointed),
        "follow_up": bool(patterns.FOLLOW_UP.search(whole)),
        "pair": bool(patterns.PAIR.search(rest)),
        "unknown_role": unknown_role if not mentions else None,
        "passed_over": passed_over,
    }
    said_of_roles = {word for m in mentions for word in corrected[m.start : m.end]}
    if _off_limits(question, original, corrected, mentions, roles):
        return Understanding("out_of_scope", **base)  # type: ignore[arg-type]
    best_thing = _BEST_THING.match(whole)
    if (
        best_thing
        and not mentions
        and singular(best_thing["thing"]) not in _CHOSEN_FROM_PROFILES
        and best_thing["thing"] not in roles.vocabulary
        and not set(intents) - {"entry_level", "overview"}
    ):
        return Understanding("out_of_scope", **base)  # type: ignore[arg-type]
    if _PRICE_OF.search(whole) and not mentions:
        # "how much does a yacht cost": the price of a thing, which no profile gives
        return Understanding("out_of_scope", **base)  # type: ignore[arg-type]
    # "how much does ski patrol pay" names the role itself, not an employer
    named_employer = any(
        found.group("numbered")
        or any(_is_other(singular(word), roles, common) for word in name.split())
        and not set(name.split()) & said_of_roles
        and not set(map(singular, name.split())) & _ANY_EMPLOYER
        and not name.endswith("ing")  # "looking at becoming a funeral director"
        and name.split()[-1] not in _JOB_WORDS  # "what does the mapping job pay"
        # "at casinos": employers in general; but "does aerofarms pay": one of them
        and (singular(name.split()[-1]) == name.split()[-1] or found.group(0).startswith("does "))
        # as said, too: "boeing" is no misspelt "being"
        for text in (whole, " ".join(original))
        for found in patterns.EMPLOYER.finditer(text)
        for name in [found.group("name") or found.group("payer") or found.group("numbered")]
    )
    if (
        not intents
        and patterns.HELP_WITH_TASK.match(whole)
        and all(max(m.candidates.values(), default=0.0) <= DERIVED for m in mentions)
    ):
        # "can you help me pick the lock on my neighbor's door": a task, not a role's
        return Understanding("out_of_scope", **base)  # type: ignore[arg-type]
    if named_employer and ("salary" in intents or _BENEFITS.search(whole)):
        # "a graphic designer at pixar", "what does the IRS pay tax examiners": one
        # employer's pay, which no profile gives
        return Understanding("out_of_scope", **base)  # type: ignore[arg-type]
    if not mentions and not intents:
        if patterns.THANKS_FIRST.match(whole) or (
            patterns.THANKS.search(whole)
            and not _other_words(patterns.THANKS.sub(" ", whole), roles, common)
        ):
            # "thank you, that helped"; "would I be the one sending thank you letters?" asks
            # something else.
            return Understanding("thanks", **base)  # type: ignore[arg-type]
        # "hi, what's this job about" asks a question after its greeting
        asked_too = re.search(r"\b(?:this|that|the) (?:job|role|position|career|one)\b", whole)
        if patterns.GREETING.search(whole) and len(original) <= 6 and not asked_too:
            return Understanding("greeting", **base)  # type: ignore[arg-type]
        if patterns.HELP.search(whole) and not _other_words(
            patterns.HELP.sub(" ", whole), roles, common
        ):
            # "can you help me file my taxes?" asks for help with something else.
            return Understanding("help", **base)  # type: ignore[arg-type]
    if patterns.GREETING.search(whole) and len(original) <= 3 and not mentions:
        return Understanding("greeting", **base)  # type: ignore[arg-type]
    paired = _TWO_FIELDS.search(whole) if listish and not track else None
    both = roles.group_titled(paired["one"], paired["other"]) if paired else None
    if both is not None:
        # "list the roller skating and derby jobs", "the weigh station and truck enforcement
        # jobs": two ways into one group
        track, mentions, base["mentions"] = both, (), ()
    said_jobs = len(mentions) == 1 and (
        (
            listish
            and corrected[mentions[0].end : mentions[0].end + 1]
            in (["jobs"], ["roles"], ["careers"])
        )
        # "which museum role needs the most experience"
        or (
            bool(patterns.SUPERLATIVE.search(whole))
            and mentions[0].end - mentions[0].start == 2
            and corrected[mentions[0].end - 1] in ("job", "role")
        )
    )
    if (
        not track
        and len(mentions) == 1
        and (len(mentions[0].best) > 1 or said_jobs)
        and (listish or patterns.SUPERLATIVE.search(whole))
    ):
        # "whats the best paid fiber job", "most ai-proof skating job": the group whose
        # profiles alone speak of it, where it holds every role the words name; "what airport
        # jobs do you cover", where only the Airport Fire Chief's title says "airport" but the
        # whole Aircraft Rescue & Firefighting group works at one
        spoken = [t.text for t in tokens if mentions[0].start <= t.start < mentions[0].end]
        if said_jobs and len(spoken) == 1:
            spoken = [*spoken, "job"]
        around = (
            roles.group_around(spoken[0], mentions[0].best)
            if len(spoken) == 2 and spoken[1] in ("job", "role", "position", "career")
            else None
        )
        if around is not None:
            track, mentions, base["mentions"] = around, (), ()
    criteria = _criteria(rest, question.lower(), intents, track)
    if criteria.certification and mentions and listish:
        # "which roles have the SBE Certified Broadcast Technologist cert": "SBE" is part of the
        # certificate's name here, not the Senior Broadcast Engineer
        named = set(criteria.certification.split())
        kept = tuple(m for m in mentions if not set(corrected[m.start : m.end]) <= named)
        mentions, base["mentions"] = kept, kept
    placed_group = _placed_group(mentions, whole, roles) if not track else None
    shared = roles.shared_before_group(tokens, plural) if not track and mentions else None
    paired = _PAIRED_KINDS.search(whole) if listish and not track else None
    paired_group = roles.group_titled(paired["one"], paired["other"]) if paired else None
    if placed_group is not None:
        # "which butcher shop job pays the most": the group the butchers are in
        mentions, base["mentions"] = (), ()
        criteria = replace(criteria, track=placed_group)
    elif paired_group is not None and not patterns.COMPARE_WORD.search(whole):
        # "list the rafting and kayak jobs": two kinds of work whose roles make up one group
        mentions, base["mentions"] = (), ()
        criteria = replace(criteria, track=paired_group)
    elif shared and len(mentions) == 1 and len(mentions[0].best) > 1:
        # "list the septic jobs": a clipped or leading title word several roles share, then a
        # plural word for roles, names the group, not one of them to choose
        inside = (t.text for t in tokens if mentions[0].start <= t.start < mentions[0].end)
        if " ".join(inside) == shared:
            mentions, base["mentions"] = (), ()
            criteria = _titled_or_grouped(criteria, shared, roles)
    elif not track and not mentions:
        # "and the two underwriter roles?", "which rug jobs are entry level": the roles with
        # those words in their titles, or the group they name
        kind = roles.kind_of_role(tokens, plural) or roles.shared_before_group(tokens, plural)
        criteria = _titled_or_grouped(criteria, kind, roles) if kind else criteria
    if criteria.titled:
        # "the ice cream and gelato jobs": two title words whose roles make up one group
        other = re.search(rf"\b(\w+(?: \w+)?) (?:and|or|&) {re.escape(criteria.titled)}\b", whole)
        titled_group = roles.group_titled(criteria.titled, other.group(1)) if other else None
        if titled_group is not None:
            criteria = replace(criteria, titled=None, track=titled_group)
    # "which public safety job is most at risk?": the group's name says nothing of direction
    direction = _direction(" ".join(w for w in rest.split() if w not in named_track), intents)
    cross = _cross_role(base, mentions, intents, listish, direction, criteria)
    if cross:
        return cross
    kind = "field" if intents else "free_form"
    return Understanding(
        kind,
        direction=direction,
        criteria=criteria,
        **base,  # type: ignore[arg-type]
    )


# words that name the same thing in a title: "a fishing boat captain" is a Fishing Vessel Captain
_SAME_THING = {"boat": "vessel", "boats": "vessel", "ship": "vessel", "ships": "vessel"}


def _named_otherwise(mention: Mention, corrected: list[str], roles: RoleIndex) -> Mention:
    """A worker no title names as said, named by a title with one word said otherwise ("a
    fishing boat captain" for a Fishing Vessel Captain); else the mention as it was."""
    said = corrected[mention.start : mention.end]
    if not set(said) & _SAME_THING.keys():
        return mention
    other = canonical_text(" ".join(_SAME_THING.get(word, word) for word in said))
    named = roles.aliases.get(other, {})
    if len(named) != 1:
        return mention
    return Mention(mention.start, mention.end, dict(named))


# "the camp and outdoor ed jobs": two phrases, then a word for roles
_TWO_FIELDS = re.compile(
    r"\b(?P<one>[a-z]+(?: [a-z]+)?) (?:and|&|or) (?P<other>[a-z]+(?: [a-z]+)?)"
    r" (?:jobs|roles|careers|positions|ones)\b"
)


# what one employer gives beside pay: "whats the 401k match at spotify"
_BENEFITS = re.compile(
    r"\b(?:401\s?k|401\(k\)|pension|benefits|health insurance|pto|paid time off|vacation days"
    r"|bonus(?:es)?|stock options|equity)\b"
)


# words that set two roles side by side rather than make one the other's object
_JOINING = frozenset({"and", "or", "vs", "versus", "than", "to", "with", "v", "nor", "plus"})


def _becoming(before: list[str]) -> bool:
    """Whether the words before a role's name make it the one to become ("... before I can
    become a", "to get to being an")."""
    return bool(
        re.search(
            r"\b(?:become|becoming|be|being|move (?:up )?(?:in)?to|moving (?:up )?(?:in)?to"
            r"|promoted to|step up to|qualified (?:to be|for|as))(?: an?| the)?$",
            " ".join(before),
        )
    )


def _direction(rest: str, intents: tuple[str, ...]) -> str | None:
    if re.search(
        r"\b(?:highest|lowest|best|worst|most|least) to (?:highest|lowest|best|worst"
        r"|most|least)\b",
        rest,
    ):
        return None  # "from lowest to highest" orders a list; it asks for no one extreme
    # "what skills matter most?" ranks a role's skills, not roles
    rest = re.sub(r"\b(?:matters?|counts?) most\b|\bmost (?:important|useful|helpful)\b", " ", rest)
    up, down = patterns.EXTREME_UP.search(rest), patterns.EXTREME_DOWN.search(rest)
    if not (up or down):
        return None
    direction = "down" if down and (not up or down.start() < up.start()) else "up"
    if re.search(r"\b(?:safe(?:r|st|ly)?|proof)\b", rest) and "ai_disruption" in intents:
        direction = "down"  # "the safest from AI", "the most AI-proof"
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
    measured = set(intents) & set(MEASURED)
    rest = str(base["rest"])
    if criteria.among_previous and not mentions:
        if direction and measured and patterns.SUPERLATIVE.search(rest):
            kind = "extreme"
        elif _threshold_only(criteria):
            kind = "list"  # "which of those pay more than 80K?" filters them
        elif (
            direction
            or patterns.COMPARE.search(rest)
            or patterns.BOTH.search(rest)
            # "pay for each?", "and growth outlook for each": those roles side by side
            or (measured and replace(criteria, among_previous=False).empty)
        ):
            kind = "compare"  # "any skills both of them need?"
        else:
            kind = "list"
        return Understanding(
            kind,
            direction=direction,
            criteria=criteria,
            **base,  # type: ignore[arg-type]
        )
    # "compare their pay" compares the last two; "the rail operations roles and their
    # salaries" lists a group
    paired = (
        bool(base["pair"])
        and not (listish and criteria.track)
        and (bool(patterns.COMPARE.search(rest)) or bool(direction) or bool(intents))
    )
    # "which one has the better outlook?": a comparative with no role named compares the last two.
    paired = paired or (
        criteria.track is None
        and not _threshold_only(criteria)  # "which entry level roles pay more than 75k"
        and bool(patterns.COMPARATIVE.search(rest))
        and not patterns.SUPERLATIVE.search(rest)
        and bool(re.search(r"\b(?:which|who)\b", rest))
    )
    # "is the pay better than an analytics engineer?" on a role's page: that role against it.
    compared = len(mentions) == 1 and (
        bool(patterns.COMPARE_WORD.search(rest))
        or (bool(patterns.AGAINST.search(rest)) and not _threshold_only(criteria))
        # "is the conductor job better paid?", "is hair stylist growth the same?" on another
        # role's page: the named role against that one
        or (
            bool(measured)
            and bool(_YES_NO.match(rest))
            and bool(patterns.COMPARATIVE.search(rest) or re.search(r"\bthe same\b", rest))
            and not patterns.SUPERLATIVE.search(rest)
            and not _threshold_only(criteria)
        )
    )
    # "and how does that compare with this role?": the last role against the page's.
    against_page = (
        not mentions
        and bool(base["refers_to_page"])
        and bool(patterns.COMPARE_WORD.search(rest) or patterns.AGAINST.search(rest))
    )
    if len(mentions) >= 2 or (paired and not mentions) or compared or against_page:
        return Understanding("compare", direction=direction, **base)  # type: ignore[arg-type]
    if mentions or base["refers_to_page"] or ("adjacent_roles" in intents and criteria.empty):
        return None
    # "least exposed to AI?", "highest paid?": a superlative first asks across the roles.
    leading = re.match(
        r"(?:(?:and|so|ok|okay|what about|how about) )?(?:the )?(?:most|least|highest|lowest|best"
        r"|worst|top|riskiest|safest|biggest|largest|greatest|smallest|cheapest)\b",
        rest,
    )
    which = leading or re.search(
        r"^(?:(?:ok|okay|so|and|well|hmm|right) )*(?:which|what|whats|who)\b|\bwhich\b"
        r"|\b(?:which|what) (?:one|role|job)\b"
        r"|\b(?:jobs?|roles?|occupations?|careers?|positions?)\b"
        r"|\b(?:most|least|highest|lowest|best|worst|top) (?:\w+ )?one\b"  # "the best paid one"
        r"|\b(?:what|whats|which) (?:is |s )?the (?:\w+est|most|least|best|worst)\b",
        rest,
    )
    # "the safest from AI that pays over 50k": a limit on one figure, the extreme of another
    limited = _threshold_only(criteria) and not (
        len(measured) >= 2 and patterns.SUPERLATIVE.search(rest)
    )
    if direction and measured and (listish or which) and not limited:
        return Understanding(
            "extreme",
            direction=direction,
            criteria=criteria,
            **base,  # type: ignore[arg-type]
        )
    roles_word = re.search(r"\b(?:roles?|jobs?|occupations?|careers?|positions?|anything)\b", rest)
    # "roles without certifications?", "jobs over $100K": a criterion on roles lists them.
    criterion = _threshold_only(criteria) or criteria.no_certifications
    filters = [
        criteria.entry_level is not None,
        bool(criteria.growth_band),
        bool(criteria.ai_band),
        bool(criteria.education),
        _threshold_only(criteria),
    ]
    # "and which are low growth?", "which don't need experience?", "high growth + entry level?"
    which_are = re.match(r"(?:(?:and|so|ok|okay|then) )?which\b", rest) and any(filters)
    # "under 45k?" after a list over 80k: a limit alone lists the roles within it
    which_are = bool(which_are) or bool(
        _threshold_only(criteria)
        and not mentions
        and re.match(
            r"(?:(?:and|or|what about|how about|any|anything) )*"
            r"(?:(?:what|which|who) (?:pays?|earns?|makes?) )?"  # "and what pays under 50k"
            r"(?:under|over|below|above|less than|more than|at least|at most|between)\b",
            rest,
        )
    )
    if (
        listish
        or (roles_word and criterion)
        or patterns.HOW_MANY.search(rest)
        or which_are
        or (sum(filters) >= 2 and not base["refers_to_page"])
    ):
        return Understanding(
            "list",
            direction=direction,
            criteria=criteria,
            **base,  # type: ignore[arg-type]
        )
    return None


def _senior_beside(tokens: list[Token], found: list[Mention], roles: RoleIndex) -> list[Mention]:
    """'data center tech vs senior vs critical facilities engineer': a lone 'senior' set beside
    a role is that role's senior version, where the profiles have one."""
    taken = {t.start for m in found for t in tokens if m.start <= t.start < m.end}
    added = []
    for index, token in enumerate(tokens):
        if token.text != "senior" or token.start in taken or index == 0:
            continue
        if tokens[index - 1].text not in ("vs", "versus", "and", "or", "v"):
            continue
        before = [m for m in found if m.end <= token.start and len(m.best) == 1]
        if not before:
            continue
        title = roles.titles[before[-1].best[0]]
        senior = [pid for pid, other in roles.titles.items() if other == f"Senior {title}"]
        if len(senior) == 1:
            added.append(Mention(token.start, token.end, {senior[0]: TITLE}))
    return sorted([*found, *added], key=lambda m: m.start) if added else found


_NO_SCHOOLING = re.compile(
    r"\b(?:without|no|not|dont|doesnt|don't|doesn't)\b(?: \w+){0,6}? (?:degree|masters?|bachelors?"
    r"|school|college|university|diploma|ged)\b"
)


def _shares_group_word(group: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether a word of a group's name, or one it begins, is among a name's words."""
    return any(
        len(said) >= 4 and (word.startswith(said) or said.startswith(word))
        for word in group
        for said in name
    )


def _merged(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Mentions of the one same role a word apart as one: "o&m manager" read as "o" and
    "m manager" names the Wind Farm O&M Manager once."""
    merged: list[Mention] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        if (
            last is not None
            and len(last.candidates) == len(mention.candidates) == 1
            and last.candidates.keys() == mention.candidates.keys()
            and mention.start - last.end <= 1
        ):
            best = max(*last.candidates.values(), *mention.candidates.values())
            merged[-1] = Mention(last.start, mention.end, dict.fromkeys(last.candidates, best))
        elif (
            last is not None
            and mention.start == last.end
            and mention.end - mention.start == 1
            and len(mention.candidates) == 1
            and len(last.candidates) > 1
            and mention.candidates.keys() <= last.candidates.keys()
        ):
            # "an rv tech apprentice": the RV Service Apprentice the last word picks out of
            # the roles "rv tech" fits, not a technician beside an apprentice
            best = max(*last.candidates.values(), *mention.candidates.values())
            merged[-1] = Mention(last.start, mention.end, dict.fromkeys(mention.candidates, best))
        else:
            merged.append(mention)
    return tuple(merged)


def _set_against(said: list[str], mention: Mention) -> bool:
    """Whether a word setting roles side by side ("or", "vs") is within three words of it."""
    near = " ".join(said[max(0, mention.start - 3) : mention.end + 3])
    return bool(re.search(r"\bor\b", near) or patterns.COMPARE_WORD.search(near))


def _leading_word(tokens: list[Token], roles: RoleIndex) -> list[Mention]:
    """'logistics salary?' where two titles begin with Logistics: both, to ask which."""
    for index, token in enumerate(tokens[:-1]):
        owners = roles.leading.get(token.text, set())
        if len(owners) >= 2 and tokens[index + 1].text in _AFTER_ROLE:
            return [Mention(token.start, token.end, dict.fromkeys(owners, PARTIAL))]
    return []


def _other_words(text: str, roles: RoleIndex, common: set[str]) -> list[str]:
    """Words that are neither ordinary nor part of a role's name."""
    return [word for word in canonical_text(text) if _is_other(word, roles, common)]


def _is_other(word: str, roles: RoleIndex, common: set[str]) -> bool:
    return word.isalpha() and len(word) > 2 and word not in common and word not in roles.vocabulary


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


def _track(whole: str, roles: RoleIndex) -> str | None:
    """A track or family named as one ('the Data Science track', 'security roles')."""
    if not roles.tracks:
        return None
    # "the aviation ones" are the roles of that group; "the ag one" is one role
    grouped = re.sub(r"(?<=[a-z]) ones\b", " roles", whole)
    padded = f" {' '.join(_unclipped(word, roles) for word in canonical_text(grouped))} "
    keys = tuple(roles.tracks)
    found = _track_names(keys).search(padded) or _track_names(keys, aside=True).search(padded)
    by_words = _group_by_words(padded, roles)
    if found:
        key = found.groupdict().get("key") or found.group("inside")
        key = key.replace(" or ", " and ")
        wider = by_words and set(key.split()) < set(canonical_text(by_words))
        # "in plumbing and electrical" is Plumbing & Electrical Trades, not its Plumbing track
        return by_words if wider else roles.widened(roles.tracks[key], key, padded)
    if by_words:
        return by_words
    if roles.titled_groups:
        # "list the game jobs", "which game job", "what do you have in construction?"; not "a
        # product design role"
        titled = _titled_group_names(tuple(roles.titled_groups)).search(f" {whole} ")
        if titled and titled.group("last") and roles.in_a_title(titled.group("last")):
            titled = None  # "in kiln maintenance": the Kiln Maintenance Technician's work
        if titled:
            named = " ".join(canonical_text(next(name for name in titled.groups() if name)))
            before = re.search(rf"(\w+) {re.escape(named)}\b", padded)
            if before and roles.titles_beginning(f"{before.group(1)} {named}") == 1:
                return None  # "the chrome tanning jobs": one title, not the Tanning group
            return roles.widened(roles.titled_groups[named], named, padded)
    in_field = _JOBS_IN.search(f" {whole} ")
    if in_field:
        # "what jobs are there in amusement machine repair" for Amusement Technology: the one
        # group whose name shares the most of the field's words
        said = set(canonical_text(in_field.group("field"))) - COMMON_WORDS
        shared: dict[str, int] = {}
        for key, group in roles.tracks.items():
            hits = len(said & set(key.split()))
            shared[group] = max(shared.get(group, 0), hits)
        most = max(shared.values(), default=0)
        fitting = [group for group, hits in shared.items() if hits == most]
        if most and len(fitting) == 1:
            return fitting[0]
        # "what roles are in escape rooms": the one group whose profiles alone speak of it
        spoken = {group for group in map(roles.field_of, said) if group}
        if not most and len(spoken) == 1:
            return spoken.pop()
    # "which telecom job ...": a clipped group name before a word for roles
    clipped = re.search(rf" (?P<clip>[a-z]{{5,}}) {patterns.GROUP_WORDS} ", padded)
    # "the most exposed to ai in ortho": a group's first word, or its clipping, said last
    at_end = re.search(r" in (?:the )?(?P<clip>[a-z]{5,}) $", padded)
    # "just in the chimney trade": a group's first word before a word for a line of work
    in_trade = re.search(
        r" in (?:the )?(?P<clip>[a-z]{4,}) (?:trade|trades|industry|side|business|world|sector) ",
        padded,
    )
    if clipped and clipped.group("clip") in roles.vocabulary:
        clipped = None
    for found in (clipped, at_end, in_trade):
        clipped_to = {
            group
            for key, group in roles.tracks.items()
            if found and key.startswith(found.group("clip")) and key != found.group("clip")
        }
        if len(clipped_to) == 1:
            return clipped_to.pop()
    return None


def _group_by_words(padded: str, roles: RoleIndex) -> str | None:
    """A group named by two or more of its words in another order or with some left out:
    "arts and entertainment" for Arts, Design & Entertainment, "city planning / civil service"
    for City Planning & Civil Service."""
    heard = ["", *(w for w in padded.split() if w not in ("and", "or")), ""]
    keys_of = _keys_by_word(tuple(roles.tracks))
    seen: dict[str, set[str]] = {}
    for word in heard:
        for key in keys_of.get(word, ()):
            seen.setdefault(key, set()).add(word)
    best, found = 0, set()
    for key in (key for key, hit in seen.items() if len(hit) >= 2):
        group = roles.tracks[key]
        words_of = set(key.split()) - {"and"}
        # "waste management / recycling" for Waste & Recycling: a plain word between its words
        said = [w for w in heard if w in words_of or w not in _PLAIN_BETWEEN]
        start = 1
        while start < len(said) - 1:
            end = start
            while said[end] in words_of:
                end += 1
            run = set(said[start:end])
            # only where a group is named: "in arts and entertainment", "civil service jobs"
            placed = said[start - 1] == "in" or re.fullmatch(patterns.GROUP_WORDS, said[end])
            if len(run) >= 2 and not run <= COMMON_WORDS and placed:
                if len(run) > best:
                    best, found = len(run), {group}
                elif len(run) == best:
                    found.add(group)
            start = max(end, start + 1)
    return found.pop() if len(found) == 1 else None


# "what jobs are there in ice sculpting", "i'm interested in amusement machine repair"
_JOBS_IN = re.compile(
    r" (?:(?:roles?|jobs?|positions?|careers?|work|openings?)(?: are there| do you have| are)? in"
    # "what jobs do you have at water treatment plants"
    r"|(?:roles?|jobs?|positions?|careers?|openings?)(?: are there| do you have| are)? at"
    # "what jobs do you have on cruise ships"
    r"|(?:roles?|jobs?|positions?|careers?|openings?)(?: are there| do you have| are)? about"
    r"|(?:roles?|jobs?|positions?|careers?|openings?)(?: are there| do you have| are)? on"
    r"(?! (?:the |this |your )?(?:whole |entire )?(?:site|website|page|list)\b)"
    # "what jobs do you have for airport firefighting", not "adjacent roles for the one"
    r"|(?:roles?|jobs?|positions?|careers?|openings?) (?:are there|do you have) for"
    r"|interested in) (?!a nutshell\b|short\b|a word\b|brief\b|general\b)(?:the )?"
    r"(?P<field>[a-z]+(?: [a-z]+){0,2}?"
    # "in bail bonds and process serving": two fields, one group
    r"(?: and [a-z]+(?: [a-z]+){0,2}?)?)"
    r"(?: (?:industry|field|sector|world|business|space|trade|what|which|do|are|any)\b.*)? $"
)
_ANY_ROLE_WORDS = {"role", "job", "career", "position", "occupation", "one"}
_NEED_VERBS = frozenset(
    {"need", "needs", "require", "requires", "use", "uses", "mention", "mentions"}
)


def _needed_at(corrected: list[str], start: int) -> bool:
    """Whether the words from `start` on follow a verb of needing: "need a motorcycle ..."."""
    before = corrected[max(start - 2, 0) : start]
    if before[-1:] and before[-1] in ("a", "an", "the", "any"):
        before = before[:-1]
    return bool(before) and before[-1] in _NEED_VERBS


# "horses what jobs do you have": a question about roles after the thing they work with
_ASKED_AFTER = re.compile(
    r" (?:which|what|any|are there)\b.*\b(?:jobs?|roles?|careers?|positions?|options?)\b"
)
_NAMED_FIRST = re.compile(
    r"(?:(?:ok|okay|so|and|hmm) )*(?:what|how) about (?:the |a |an )?"
    r"(?P<thing>[a-z0-9+#][a-z0-9+# ]*?) (?:which|what|who)\b"
)
_JOB_WORDS = {"job", "jobs", "role", "roles", "one", "position", "career", "gig"}
_MENTIONS = re.compile(
    r"\b(?:roles?|jobs?|ones?|profiles?) (?:that |which )?mentions? (?:the |a |an )?(?P<what>[^?]+)"
)
_DESCRIBING = {"certified", "licensed", "qualified", "accredited"}
_BEFORE_DERIVED = {"the", "do", "does", "are", "can", "should", "will", "would"}
_PLAIN_BETWEEN = {"management", "operation", "service", "industry", "sector", "field"}


def _unclipped(word: str, roles: RoleIndex) -> str:
    """A clipped word of a group's name in full: "vet" in "the vet and animal care jobs"."""
    by_word = _keys_by_word(tuple(roles.tracks))
    # "rehab" of a Rehab Tech's name is still the Veterinary Rehabilitation group's word cut short
    if len(word) < 3 or roles.in_a_title(word) or word in COMMON_WORDS or word in by_word:
        return word  # "space" is a group's word of its own, not "spacecraft" cut short
    fuller = {w for w in by_word if w.startswith(word) and w != word}
    return fuller.pop() if len(fuller) == 1 else word


@lru_cache(maxsize=64)
def _keys_by_word(keys: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The group names each word is part of."""
    found: dict[str, list[str]] = {}
    for key in keys:
        for word in set(key.split()) - {"and"}:
            found.setdefault(word, []).append(key)
    return {word: tuple(names) for word, names in found.items()}


@lru_cache(maxsize=64)
def _titled_group_names(keys: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(rf"{re.escape(key)}s?" for key in sorted(keys, key=len, reverse=True))
    return re.compile(
        rf" (?P<key>{names}) (?:{_PLACES} )?"
        rf"(?:roles|jobs|careers|positions|occupations|workers|employees|staff) "
        rf"| (?:which|what|safest|best|worst|highest|lowest|most|least)(?: paying| paid)?"
        rf" (?P<one>{names})"
        rf" (?:{_PLACES} )?(?:role|job|career|position|occupation) "
        rf"| in (?:the )?(?P<inside>{names}) (?:industry |sector |world |space |area |field )?"
        rf"(?:$|but |and |or |so |because |that |which |where |then |too |now |please )"
        # "best paying job in 911 dispatch": one more word of the line of work, last
        rf"| in (?:the )?(?P<before_last>{names}) (?P<last>[a-z]+) $"
        # "on the bakery side", "at ski resorts"
        rf"| on the (?P<side>{names}) side "
        rf"| at (?:the )?(?P<at>{names}) (?:{_PLACES}|{_PLACES}s) "
    )


# Where a group's people work, between its name and "jobs": "ski resort jobs"
_PLACES = f"(?:{'|'.join(sorted(PLACE_WORDS))})"


@lru_cache(maxsize=64)
def _track_names(keys: tuple[str, ...], aside: bool = False) -> re.Pattern[str]:
    """One pattern for every track name, longest first: 'the data science track', 'in data';
    `aside`, one that lets a word of the visitor's stand before the name: 'in appraisal /
    valuation'."""
    # "public sector or nonprofit jobs" for the Public Sector & Nonprofit group
    names = "|".join(
        re.escape(key).replace(r"\ and\ ", " (?:and|or) ").replace(" and ", " (?:and|or) ")
        for key in sorted(keys, key=len, reverse=True)
    )
    if aside:
        return re.compile(rf" in (?:the )?[a-z]{{5,}} (?:and |or )?(?P<inside>{names}) ")
    return re.compile(
        # "space industry roles", "the theme park jobs"
        rf" (?P<key>{names}) (?:industry |sector )?{patterns.GROUP_WORDS} "
        # "the highest paid role at ice rinks"
        rf"| (?:in|into|under|at(?! risk\b)) (?:the )?(?P<inside>{names}) "
    )


def _leading_to(mention: Mention, corrected: list[str]) -> bool:
    """Whether a name of one word is the verb "lead" in "what jobs lead into it", not a Lead."""
    return (
        mention.end - mention.start == 1
        and corrected[mention.start] in ("lead", "leads")
        and corrected[mention.end : mention.end + 1] in (["to"], ["into"])
    )


def _plain_before(mention: Mention, corrected: list[str], roles: RoleIndex) -> Mention:
    """Of the roles a name fits, the one the word before it picks: no rank word heads it ("and
    for a regular reactor operator?"), or the word is its title's own ("a certified mountain
    guide")."""
    if len(mention.best) < 2 or not mention.start:
        return mention
    before = corrected[mention.start - 1]
    plain = roles.plain_one(before, mention.best)
    if plain is not None:
        return Mention(mention.start, mention.end, {plain: mention.candidates[plain]})
    # "a certified mountain guide": the word before the name is one option's own title word
    own = [pid for pid in mention.best if before in roles.title_tokens[pid]]
    if len(own) == 1:
        return Mention(mention.start - 1, mention.end, {own[0]: mention.candidates[own[0]]})
    return mention


def _sharing_the_front(
    found: list[Mention], corrected: list[str], roles: RoleIndex
) -> list[Mention]:
    """A second name set against a first, said without the first's leading word that makes it
    one role: "orchestra personnel managers vs operations managers" for the Orchestra
    Operations Manager beside a Tower Operations Manager."""
    if len(found) != 1 or len(found[0].best) != 1:
        return found
    first = found[0]
    after = corrected[first.end :]
    joined = next((i for i, word in enumerate(after[:3]) if word in _SET_AGAINST), None)
    if joined is None:
        return found
    start = first.end + joined + 1
    rest = corrected[start : start + 4]
    for size in range(len(rest), 0, -1):
        said = " ".join(rest[:size])
        if roles.resolve_name(said) is not None:
            return found  # a name of its own
        fuller = roles.resolve_name(f"{corrected[first.start]} {said}")
        if fuller is not None and fuller not in first.best:
            return [*found, Mention(start, start + size, {fuller: PARTIAL})]
    return found


def _sharing_the_head(
    found: list[Mention], corrected: list[str], roles: RoleIndex
) -> list[Mention]:
    """A first name set against a second, said without the second's last word that makes it
    a role: "farm or lot manager" for the Christmas Tree Farm Manager beside the Christmas Tree
    Lot Manager."""
    if len(found) != 1 or len(found[0].best) != 1 or found[0].start < 2:
        return found
    second = found[0]
    if corrected[second.start - 1] not in _SET_AGAINST:
        return found
    head = corrected[second.end - 1]
    for size in (2, 1):
        start = second.start - 1 - size
        if start < 0:
            continue
        said = corrected[start : second.start - 1]
        if set(said) & (COMMON_WORDS | _SET_AGAINST):
            continue
        named = roles.find(canonical([*said, head]))
        whole = [m for m in named if m.start == 0 and m.end == size + 1 and len(m.best) == 1]
        if whole and whole[0].best[0] not in second.best:
            return [Mention(start, second.start - 1, {whole[0].best[0]: PARTIAL}), second]
    return found


_SET_AGAINST = {"vs", "versus", "or", "and", "against"}
# "which is better paid, this or rigging": the page's role, then a word of another's title
_THIS_OR = re.compile(
    r"\b(?:this|it|this one|this job|this role) (?:or|vs|versus|against|compared (?:to|with)) "
    r"(?:the |a |an )?(?P<word>[a-z]{4,})\W*$"
)


def _set_against_this(corrected: list[str], roles: RoleIndex) -> list[Mention]:
    """The one role whose title has the word set against the role at hand."""
    said = _THIS_OR.search(" ".join(corrected))
    if said is None or said["word"] in COMMON_WORDS:
        return []
    titled = roles.titled_with(" ".join(canonical_text(said["word"])))
    if len(titled) != 1:
        return []
    at = len(corrected) - 1 - corrected[::-1].index(said["word"])
    return [Mention(at, at + 1, dict.fromkeys(titled, PARTIAL))]


def _titled_or_grouped(criteria: Criteria, said: str, roles: RoleIndex) -> Criteria:
    """Criteria for roles named by title words several titles share: the one group whose name
    has those of the words that group names have ("the skatepark jobs" of a Skatepark Design
    and Build group that also holds a Shotcrete Nozzle Operator, "the stadium video board jobs"),
    else the titles with them ("the underwriter roles")."""
    by_word = _keys_by_word(tuple(roles.tracks))
    named = [word for word in said.split() if word in by_word]
    keys = set.intersection(*(set(by_word[word]) for word in named)) if named else set()
    groups = {roles.tracks[key] for key in keys}
    if len(groups) == 1:
        return replace(criteria, track=groups.pop())
    # "what pet jobs are there" of a Dog Walking and Pet Sitting track, the one track of a Pet
    # Services family: the widest of groups one inside the other, holding every such title
    titled = {pid for word in said.split() for pid in roles.titled_with(word)}
    members = {group: roles.members(group) for group in groups}
    held = sorted(
        ((members[g], g) for g in groups if titled <= members[g]),
        key=lambda item: (len(item[0]), item[1]),
    )
    nested = all(a <= b for (a, _), (b, _) in zip(held, held[1:], strict=False))
    if titled and len(held) == len(groups) > 1 and nested:
        return replace(criteria, track=held[-1][1])
    return replace(criteria, titled=said)


def _placed_group(mentions: tuple[Mention, ...], whole: str, roles: RoleIndex) -> str | None:
    """The one group of the roles a title word names, where a place and a word for roles
    follow it: "the butcher shop roles", "which butcher shop job" of a Meat Cutting group."""
    if len(mentions) != 1 or len(mentions[0].best) < 2:
        return None
    said = whole.split()[mentions[0].start : mentions[0].end]
    words_said = " ".join(re.escape(word) for word in said)
    if not re.search(rf"\b{words_said} {_PLACES}s? {_ROLE_WORDS}\b", whole):
        return None
    return roles.group_of_titled(" ".join(canonical_text(" ".join(said))))


_ROLE_WORDS = r"(?:roles?|jobs?|careers?|positions?|occupations?|ones?)"
_PAIRED_KINDS = re.compile(
    r"\b(?P<one>\w+) (?:and|or|&) (?P<other>\w+) (?:jobs|roles|careers|positions)\b"
)


def _cut_short_before(mention: Mention, tokens: list[Token], roles: RoleIndex) -> Mention:
    """A word cut short from one title word, before the word that follows it in titles: "tox
    lab" for the Toxicology Laboratory roles, not the Forensic Toxicologist "tox" clips."""
    at = next((i for i, t in enumerate(tokens) if t.start == mention.start), None)
    if (
        at is None
        or at + 1 >= len(tokens)
        or tokens[at].end != mention.end
        or len(tokens[at].text) < 3
        or roles.in_a_title(tokens[at].text)
        or tokens[at + 1].text in COMMON_WORDS
    ):
        return mention
    fitting = roles.cut_short_before(tokens[at].text, tokens[at + 1].text)
    if not fitting or fitting <= set(mention.candidates):
        return mention
    return Mention(mention.start, tokens[at + 1].end, dict.fromkeys(sorted(fitting), PARTIAL))


def _clipped_run(tokens: list[Token], roles: RoleIndex) -> list[Mention]:
    """Three or more words in a row, each a word of one title or cut short from one, in any
    order: "vet tech rehab" for the Veterinary Rehabilitation Technician."""

    def fits(word: str, title_word: str) -> bool:
        if word == "technical":
            return title_word in ("technician", "technical")  # "tech"
        return word == title_word or (len(word) >= 3 and title_word.startswith(word))

    for start in range(len(tokens)):
        for end in range(len(tokens), start + 2, -1):
            said = [t.text for t in tokens[start:end]]
            if any(word in COMMON_WORDS or not word.isalpha() for word in said):
                continue
            fitting = [
                pid
                for pid, title in roles.title_tokens.items()
                if len(title) <= len(said) + 1
                and all(any(fits(word, t) for t in title) for word in said)
            ]
            if len(fitting) == 1:
                return [Mention(tokens[start].start, tokens[end - 1].end, {fitting[0]: DERIVED})]
    return []


def _with_clipped_before(mention: Mention, tokens: list[Token], roles: RoleIndex) -> Mention:
    """A name found with the title's word cut short just before it: "vet" of "vet acupuncture"."""
    at = next((i for i, t in enumerate(tokens) if t.start == mention.start), 0)
    if at and roles.clips_before(tokens[at - 1].text, tokens[at].text):
        return Mention(tokens[at - 1].start, mention.end, mention.candidates)
    return mention


# "the technician i guess": a hedge at the end that asks nothing
_HEDGE = re.compile(
    r"[\s,.-]+(?:i guess|i think|i suppose|i reckon|i assume|i believe|probably|maybe)[\s.!?]*$",
    re.IGNORECASE,
)


# "yikes why so high": a cry before the question, which asks nothing
_INTERJECTION = re.compile(
    rf"^\W*(?:{'|'.join(INTERJECTIONS)}|hmm+|lol|haha)\b[\s,.!]*", re.IGNORECASE
)


def _years_bounded(question: str) -> str:
    """A bound on years of experience said one way: "at least 8 years" and "8+ years" as "8
    years and up", "under 3 years" as "2 years or under", so that no "least" or "more" in it
    reads as a ranking or a comparison."""

    def said(bound: re.Match[str]) -> str:
        side = (bound["before"] or bound["after"] or bound["later"]).lower()
        number = int(bound["n1"] or bound["n2"])
        if side in ("under", "below", "less than", "fewer than", "lower than"):
            return f"{max(number - 1, 0)} years or under"
        if side in (
            *("at most", "up to", "no more than", "max", "maximum"),
            *("or less", "or fewer", "or under"),
        ):
            return f"{number} years or under"
        if side in ("over", "above", "more than", "greater than"):
            return f"{number + 1} years and up"
        return f"{number} years and up"

    return patterns.YEARS_BOUND.sub(said, question)


def _criteria(rest: str, raw: str, intents: tuple[str, ...], track: str | None) -> Criteria:
    values: dict[str, object] = {
        "track": track,
        "among_previous": bool(patterns.AMONG.search(rest))
        # "which one is entry level?" of the roles in play; not "which one is the best paid?"
        or bool(
            re.match(r"(?:(?:and|so|ok|okay) )?which one (?:is|are)\b", rest)
            and not patterns.SUPERLATIVE.search(rest)
        ),
    }
    negated = bool(patterns.NOT.search(patterns.NO_EXPERIENCE.sub(" ", rest)))
    if "entry_level" in intents:
        # "get into right away without going back to school for a masters" negates the
        # schooling, not the entry level
        schooling = _NO_SCHOOLING.sub(" ", patterns.NO_EXPERIENCE.sub(" ", rest))
        values["entry_level"] = not patterns.NOT.search(schooling)
    elif patterns.NO_EXPERIENCE.search(rest):
        values["entry_level"] = True  # "which don't need experience?"
    for word, degree in patterns.DEGREES.items():
        # "a sales associate" is no associate's degree
        after = r"(?:'?s)? degree" if word == "associate" else ""
        # "i just finished high school" is the visitor's own schooling, not a filter
        done = r"(?<!finished )(?<!graduated )(?<!graduated from )(?<!out of )"
        if re.search(rf"{done}\b{word}{after}", rest):
            values["education"], values["education_negated"] = degree, negated
            break
    ai_band = patterns.AI_BANDS.search(rest)
    if ai_band:
        values["ai_band"] = ai_band.group(1).capitalize()
    band = None if ai_band else patterns.BANDS.search(rest)
    if band:
        word = band.group(1) or band.group(2) or "high"
        values["growth_band"] = "declining" if word == "shrinking" else word
    years = patterns.YEARS_ASKED.search(raw)
    if years:
        values["years"] = f"{years.group(1)}-{years.group(2)}"
    for bound in patterns.YEARS_BOUND.finditer(raw):
        # "which roles need at least 8 years of experience": the years, not a salary of $8,000
        number = int(bound["n1"] or bound["n2"])
        values["years_min" if bound["later"] == "and up" else "years_max"] = number
        raw = raw[: bound.start()] + " " * (bound.end() - bound.start()) + raw[bound.end() :]

    def scale(number: int) -> tuple[str, int]:
        # a score is out of 100; a median salary of "40" is $40K ("jobs paying over 40?")
        if "ai_disruption" in intents and number <= 100:
            return "ai", number
        return "salary", number * 1000 if number < 1000 else number

    span = patterns.BETWEEN.search(raw.replace("$", ""))
    decade = re.search(r"\bin the (?:(?:low|mid|high|upper|lower) )?\$?([1-9]0)s\b", raw)
    if decade and not span and "ai_disruption" not in intents:
        # "jobs paying somewhere in the 50s": $50,000 up to $59,999
        low = int(decade.group(1)) * 1000
        values["salary_above"], values["salary_below"] = low, low + 9_999
        values["inclusive"] = True
    if re.search(r"\b(?:six|6)[- ]figures?\b", raw) and not span:
        # "any jobs here that pay six figures": $100,000 and up
        values["salary_above"], values["inclusive"] = 100_000, True
    if span:
        # "jobs paying between 50k and 65k?"
        low, high = (
            int(span.group(n).replace(",", "")) * (1000 if span.group(n + 1) else 1) for n in (1, 3)
        )
        (measure, low), (_, high) = scale(low), scale(high)
        values[f"{measure}_above"], values[f"{measure}_below"] = min(low, high), max(low, high)
        values["inclusive"] = True
    for found in [] if span else patterns.THRESHOLD_AFTER.finditer(raw.replace("$", "")):
        # "which jobs pay 55k or more?": that figure itself included
        digits, thousands, side = (
            found.group(1, 2, 3) if found.group(1) else (found.group(4), found.group(5), "more")
        )
        number = int(digits.replace(",", "")) * (1000 if thousands else 1)
        up = side in ("more", "above", "higher", "up", "over")
        measure, number = scale(number)
        values[f"{measure}_{'above' if up else 'below'}"] = number
        values["inclusive"] = True
    for match in [] if span else patterns.THRESHOLD.finditer(raw.replace("$", "")):
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
        measure, number = scale(number)
        values[f"{measure}_{'above' if above else 'below'}"] = number
    if patterns.NO_CERTIFICATIONS.search(rest):
        return Criteria(**values, no_certifications=True)  # type: ignore[arg-type]
    # "the ServSafe Food Protection Manager cert": a certificate's name may hold a title's words
    certification = patterns.CERTIFICATION.search(raw) or patterns.CERTIFICATION.search(rest)
    if certification:
        values["certification"] = certification.group("cert").strip()
        if track and _shares_group_word(
            canonical_text(track), canonical_text(values["certification"])
        ):
            values["track"] = None  # the Woodwork Career Alliance passport names no group
    needed = patterns.NEEDED.search(rest)
    needs = patterns.NEEDS.search(rest.rstrip("? ")) or needed
    measured = any(key.endswith(("_above", "_below", "_band")) for key in values)
    if needs and not set(rest[: needs.start()].split()) - _BEFORE_COMMAND:
        needs = None  # "(ok,) list the security roles" is a command, not "roles that list X"
    skill = re.sub(r"^(?:the|a|an) ", "", needs.group("skill").strip()) if needs else ""
    # "which roles in the list mention confined spaces": the verb after "list" is no skill
    skill = re.sub(r"^(?:mentions?|uses?|needs?|requires?|involves?) (?:the |a |an )?", "", skill)
    # "which jobs need you to be able to swim": the thing to be able to do
    skill = re.sub(
        r"^(?:(?:you|people|workers|someone|one) )?(?:to )?(?:be able to|(?:the )?ability to"
        r"|being able to|know how to|knowing how to) ",
        "",
        skill,
    )
    # "which roles involve working out of a van": the van, wherever the work is done from it
    skill = re.sub(
        r"^(?:working|work) (?:out of|from|in|on|inside|aboard|at) (?:the |a |an )?", "", skill
    )
    mentioned = _MENTIONS.search(raw)
    if needs and mentioned:
        # "which roles mention PSA grower training": the words as said, though some of them
        # name a role no profile covers
        skill = " ".join(words(mentioned.group("what")))
    if skill in ("it", "them", "that", "those"):
        # "what about NCCCO certification, which roles list it": the thing named first
        first = _NAMED_FIRST.match(rest)
        skill = (
            re.sub(r" (?:certifications?|certs?|certificates?)$", "", first["thing"])
            if first
            else skill
        )
    asked_after = _ASKED_AFTER.search(skill)
    if asked_after:
        # "i want to work with horses, what jobs do you have": the thing, then the question
        skill = skill[: asked_after.start()]
    if re.search(r" (?:it|them|that|those)$", skill):
        # "i know gis, which jobs use it": the skill named before the question
        skill = re.split(r" (?:which|what|who|are|is|do|does|so)\b", skill)[0]
    # "a TWIC card" is listed as the "Transportation Worker Identification Credential (TWIC)",
    # "SIEM skills" as "SIEM"
    shorter = re.sub(
        r"(?<=\w) (?:cards?|tickets?|skills?|knowledge|experience|expertise|courses?|class"
        r"|classes|training|work)$",
        "",
        skill,
    )
    # but "we card" is the We Card program, not "we"
    skill = shorter if set(shorter.split()) - COMMON_WORDS else skill
    # "the careers you know about", "do you know anything about casino jobs" name no skill.
    if re.match(r"(?:anything|something|everything|much|more|about|of)\b", skill):
        skill = ""
    named = set(skill.split()) - COMMON_WORDS
    # "which roles require 3-5 years" asks for a range of experience, not a skill
    if values.get("years") or "years_min" in values or "years_max" in values:
        named = set()
    # "the safe drinking water act" asks nothing about AI risk for being "safe"
    asked = set(intents) - (set(patterns.intents_in(skill)) & {"ai_disruption", "growth"})
    # "which roles need a law degree": a kind of degree no level names, found as said
    kind_of_degree = (
        asked & _NOT_SKILLS == {"education"}
        and values.get("education") is None
        and bool(named - {"degree", "degrees", "diploma"})
    )
    if (
        named
        and not (certification or measured)
        and (needed or not asked & _NOT_SKILLS or kind_of_degree)
    ):
        values["skill"] = skill
    return Criteria(**values)  # type: ignore[arg-type]


def _off_limits(
    question: str,
    original: list[str],
    corrected: list[str],
    mentions: tuple[Mention, ...],
    roles: RoleIndex,
) -> bool:
    """Whether the question asks for something roleqa does not do. A role's name of more than
    one word asks nothing of the kind ("what does a weather forecaster do?"), nor does a word
    of the profiles' titles in a question across roles ("which roles list the FAA weather
    observer certification?"); "weather" alone is still the weather."""
    # each such name read as a plain "role": "what does delta pay its role?" still asks for
    # one employer's pay
    names = [m for m in mentions if m.end - m.start >= 2]
    said = list(corrected)
    raw = question.lower()
    for m in sorted(names, key=lambda m: m.start, reverse=True):
        said[m.start : m.end] = ["role"]
        raw = raw.replace(" ".join(original[m.start : m.end]), "role")
    whole = " ".join(said)
    across = bool(patterns.LIST.search(whole))
    return any(
        not (across and found.group(0) in roles.vocabulary)
        for text in (whole, raw)
        for found in patterns.OFF_LIMITS.finditer(text)
    )


def group_named(text: str, roles: RoleIndex) -> str | None:
    """The group a few words name on their own, as a reply after a group's list: "and
    fisheries" after "list the hospital ones"."""
    return _track(f"in {' '.join(canonical_text(text))}", roles)


def read_as(question: str, understood: Understanding, intent: str) -> Criteria:
    """A question's criteria read as if it asked about `intent` too: "and over 40?" after roles
    with an AI score over 50 is a score, not a salary."""
    intents = (*understood.intents, intent)
    return _criteria(understood.rest, question.lower(), intents, understood.criteria.track)


# What an extreme or a comparison can rank roles by.
MEASURED = ("salary", "ai_disruption", "growth", "experience")
_PRONOUNS = {"it", "its", "they", "them", "their", "this", "that", "these", "those", "he", "she"}
_NOT_SKILLS = {"entry_level", "education", "salary", "ai_disruption", "growth", "experience"}
_QUALIFIED = {
    "degree", "background", "major", "certificate", "license", "licence", "qualification",
    "diploma", "course", "bootcamp", "skill", "knowledge",
}  # fmt: skip
_BEFORE_ROLE = {"a", "an", "for", "of", "about", "as", "vs", "versus"}
# After "at" or before "pay", words that name no one employer: employers in general ("why do
# employers pay for the certification?"), or a time or a degree ("at night", "at minimum").
_ANY_EMPLOYER = {
    "employer", "company", "firm", "organization", "organisation", "agency", "business",
    "school", "district", "hospital", "clinic", "studio", "agencie", "startup",
    "night", "minimum", "maximum", "home", "work", "weekend", "day", "hour", "year", "month",
    "week", "peak", "bottom", "beginning", "end", "entry", "mid", "senior", "junior", "base",
    "average", "median", "most", "least", "best", "worst", "first", "start", "top", "launch",
}  # fmt: skip
_BEFORE_COMMAND = {"ok", "okay", "so", "now", "please", "pls", "and", "then", "can", "could", "you"}
_AFTER_ROLE = {
    "salary", "pay", "wage", "income", "earning", "outlook", "growth", "skill", "duty", "task",
    "certification", "cert", "exposure", "disruption", "score", "job", "role", "career", "make",
    "earn", "entrylevel", "sound", "seem",
}  # fmt: skip


def _unknown_words(
    tokens: list[Token], covered: set[int], roles: RoleIndex, common: set[str]
) -> tuple[str, ...]:
    """Words that look like a role the corpus lacks: after "a"/"an", or all there is besides
    ordinary words; never when the question points back with a pronoun."""
    texts = [token.text for token in tokens]
    if _PRONOUNS & set(texts):
        return ()
    candidates = _unknown_candidates(tokens, covered, roles, common)
    return tuple(
        word
        for word in candidates
        # "hours of training": the work or the schooling, never a worker
        if not (word.endswith("ing") and len(word) >= 6)
        # "extra pay for locked units": a state of things, never a worker
        and not (word.endswith("ed") and len(word) >= 5)
        and word not in _NEVER_WORKERS  # "do night shifts pay more?"
        and any(
            _in_role_slot(texts, i)
            and not _qualifies(texts, i)
            and not _a_place(texts, i)
            # "vet tech rehab salary": a title's word cut short, before another
            and not (i + 1 < len(texts) and roles.clips_before(word, texts[i + 1]))
            for i, text in enumerate(texts)
            if text == word
        )
    )


def _rank_after(
    mention: Mention, corrected: list[str], roles: RoleIndex, found: list[Mention]
) -> Mention:
    """'a physical therapist assistant' beside a Sports Physical Therapist: a role's name, then
    a rank that no title sharing its words ends in, is another worker, whom no profile covers.
    Not where the rank begins another name ("hut keeper, assistant hut keeper")."""
    if not mention.candidates or mention.end >= len(corrected):
        return mention
    if any(other.start == mention.end for other in found):
        return mention
    rank = {"tech": "technician"}.get(
        singular(corrected[mention.end]), singular(corrected[mention.end])
    )
    said = set(corrected[mention.start : mention.end])
    heads = {canonical_text(roles.titles[pid])[-1] for pid in mention.candidates}
    if rank not in _RANK_WORDS or not heads & said:
        return mention
    if any(
        canonical_text(title)[-1:] == (rank,) and said & set(canonical_text(title))
        for title in roles.titles.values()
    ):
        return mention  # "a physical therapy aide" may be said "physical therapist aide"
    return Mention(mention.start, mention.end + 1, {})


_RANK_WORDS = frozenset({"assistant", "aide", "helper", "technician", "apprentice"})


def _strange(word: str, roles: RoleIndex, common: set[str]) -> bool:
    """Whether a word is one no profile, title or ordinary sentence uses."""
    return (
        word.isalpha()
        and len(word) >= 4
        and word not in common
        and word not in COMMON_WORDS
        and not roles.knows(word)
        # "a regular td", "a typical technician": a word describing the role, not naming it
        and not word.endswith(_DESCRIBING_ENDS)
    )


_DESCRIBING_ENDS = ("al", "ar", "ic", "ous", "ive", "ful", "less", "able", "ible", "ed", "ly", "y")


def _a_place(texts: list[str], i: int) -> bool:
    """'in an office', 'at a depot': where the work is done, not a worker."""
    return i >= 2 and texts[i - 1] in ("a", "an", "the") and texts[i - 2] in ("in", "at")


# Words in a worker's place that name when or how someone is paid, never a worker
_NEVER_WORKERS = {
    "shift", "overtime", "bonus", "tip", "commission", "weekend", "holiday", "night", "union",
    "benefit", "pension", "hourly", "salaried", "base", "extra", "hour", "summer", "winter",
    "season",
}  # fmt: skip


def _qualifies(texts: list[str], i: int) -> bool:
    """'a law degree', 'a finance background': a word saying what kind of degree, not a role."""
    return i + 1 < len(texts) and texts[i + 1] in _QUALIFIED


_YES_NO = re.compile(r"(?:(?:so|but|ok|okay|then|and) )*(?:is|are|does|do|would|will)\b")


# words between a trade's name and a plural word for roles that leave the trade as it was
_OF_A_TRADE = frozenset({"crew", "industry", "sector", "trade", "field"})
_ROLES_SAID = frozenset({"roles", "jobs", "positions", "careers"})


def _without_trade_words(said: list[str], roles: RoleIndex) -> list[str]:
    """'what yacht crew roles are there' as 'what yacht roles are there': a word such as "crew"
    or "industry" after a word of the titles and before "roles", where no title has it."""
    return [
        word
        for place, word in enumerate(said)
        if not (
            word in _OF_A_TRADE
            and word not in roles.vocabulary
            and 0 < place < len(said) - 1
            and said[place - 1] in roles.vocabulary
            and said[place - 1] not in COMMON_WORDS
            and said[place + 1] in _ROLES_SAID
        )
    ]


# A role named, marked "#", as the step before the role asked about, as what the role asked
# about can do that it cannot, or as a credential asked of the role at hand
_STEP_BEFORE = re.compile(
    r"\b(?:need|needs|have|has|had|got) to (?:be|have been|work as|start as|start out as)"
    r" (?:an? )?# (?:first|before|beforehand)\b"
)
_CONTRASTED = re.compile(
    r"\b(?:they|you|it|this role|this job) (?:can|could|do|does|get to|are allowed to) "
    r"(?:\w+ ){0,3}(?:that|than|which) (?:an? |the )?#"
    r" (?:cant|can't|cannot|can not|doesnt|doesn't|does not|dont|don't|do not|isnt|isn't|wont)\b"
)
_CREDENTIAL_ASKED = re.compile(
    r"\b(?:need|needs|require|requires|required) (?:(?:the|a|an|my) )?#"
    r" (?:for|to do) (?:this|that|it|the job|this job|this role)\b"
)


def _joined_words(said: list[str], roles: RoleIndex) -> list[str]:
    """'pre press' (from "pre-press") as the Prepress of a title, "zoo keeper" as its
    Zookeeper: two words that, joined, are a title's word where they are not both one."""
    joined: list[str] = []
    for word in said:
        if (
            joined
            and min(len(joined[-1]), len(word)) >= 3
            and joined[-1] not in COMMON_WORDS
            and (joined[-1] not in roles.vocabulary or word not in roles.vocabulary)
            # "bee keepers" for the Commercial Beekeeper too
            and singular(f"{joined[-1]}{word}") in roles.vocabulary
        ):
            joined[-1] = f"{joined[-1]}{word}"
        else:
            joined.extend(_split_word(word, roles))
    return joined


def _split_word(word: str, roles: RoleIndex) -> list[str]:
    """'soapmaker' as the Soap Maker of a title: one word that is two of a title's words
    written together, where it is no word of its own."""
    if len(word) < 7 or not word.isalpha() or word in roles.vocabulary:
        return [word]
    one = singular(word)
    splits = [
        [one[:i], one[i:]]
        for i in range(3, len(one) - 2)
        if one[:i] in roles.vocabulary and one[i:] in roles.vocabulary
    ]
    if len(splits) != 1:
        return [word]
    first, second = splits[0]
    # only where a title has the two words side by side
    if not any(
        f" {first} {second} " in f" {' '.join(t)} "
        for t in map(canonical_text, roles.titles.values())
    ):
        return [word]
    return [first, second if one == word else f"{second}s"]


def _joined(mention: Mention, found: list[Mention], said: list[str]) -> bool:
    """Whether a name follows 'or', 'and' or 'vs' (and perhaps 'maybe') after another name."""
    if any(m.start == mention.start for m in found):
        return False
    before = said[: mention.start]
    if before and before[-1] == "maybe":
        before = before[:-1]
    if not before or before[-1] not in {"or", "and", "vs", "versus"}:
        return False
    return any(m.end == len(before) - 1 for m in found)


def _in_role_slot(texts: list[str], i: int) -> bool:
    """Where a role's name goes: 'a (data) scientist', 'for lawyers', 'is plumber ...',
    'nurse salary'."""
    before = texts[i - 1] if i > 0 else ""
    after = texts[i + 1] if i + 1 < len(texts) else ""
    after_article = any(texts[j] in {"a", "an"} for j in range(max(0, i - 3), i))
    # "compared with phlebotomy", "compared to a nurse"
    compared = i > 1 and texts[i - 2].startswith("compar") and before in ("with", "to")
    return (
        i == 0
        or before in _BEFORE_ROLE
        or compared
        # "a glassblowing artist in venice"
        or (after_article and (not after or after in _AFTER_ROLE or after == "in"))
        or (i == 1 and before in {"is", "are"})
        or after in _AFTER_ROLE
    )


def _unknown_candidates(
    tokens: list[Token], covered: set[int], roles: RoleIndex, common: set[str]
) -> tuple[str, ...]:
    """Content words that are neither role names nor ordinary words: maybe an unknown role."""
    return tuple(
        token.text
        for token in tokens
        if token.start not in covered and _is_other(token.text, roles, common)
    )
