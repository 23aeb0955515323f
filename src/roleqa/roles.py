"""Finding the roles a question names: titles, alternate titles, short forms, plurals and typos."""

from __future__ import annotations

import itertools
import os
import re
import string
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from roleqa.language import COMMON_WORDS, Token, canonical, canonical_text, singular, words
from roleqa.patterns import NOT_CORRECTED_TO
from roleqa.profiles import Profile

TITLE, ALTERNATE, SHORTENED, ACRONYM, HEADLESS = 1.0, 0.9, 0.85, 0.8, 0.75
TAIL = 0.7  # the initials of a title's last two words, which another role's name outranks
PARTIAL, PARTIAL_ALTERNATE, DERIVED = 0.7, 0.6, 0.6
_SENIORITY = {"senior", "junior", "lead", "principal", "staff", "chief", "head"}
_PARENTHESES = re.compile(r"\s*\(([^)]*)\)\s*")
# Short forms that name a field of work on their own ("infosec"), unlike "AI" or "ML".
_SHORT_FORMS = {"infosec", "dba", "sysadmin", "qa", "bi", "nlp", "cv", "mlops"}
_TOO_SHORT = {"ai", "ml", "it", "ux", "ui"}
# Words that may stand before a bare head noun ("a senior architect") without naming another role.
# verbs a question puts before a thing a role's profile may name: "which roles mention
# wreckmaster" names no Wrecker Operator
NAMING_VERBS = frozenset({
    "mention", "mentions", "use", "uses", "need", "needs", "require", "requires", "list",
    "lists", "involve", "involves", "want", "wants", "say", "says", "name", "names",
})  # fmt: skip
_HIRING = {"hire", "employ"}
# "a journeyman installer": the qualified worker an apprentice becomes
_JOURNEY = {"journeyman", "journeyperson", "journeymen"}
_MASTERED = {"master"}  # the rank above a journeyman
_MAY_PRECEDE = {
    "a", "an", "the", "this", "that", "my", "your", "our", "their", "his", "her", "its", "of",
    "for", "as", "be", "being", "become", "becoming", "good", "great", "typical", "average",
    "regular", "normal", "ordinary", "standard", "plain", "basic", "paying", "paid", "best",
    "worst", "highest", "lowest", "safest", "top",
    "new", "senior", "junior", "lead", "principal", "staff", "chief", "head", "entry", "level",
    "entrylevel", "do", "does", "is", "are", "what", "which", "who", "much", "many", "how", "and",
    "or", "to", "in", "at", "with", "about", "any", "all", "some", "other", "every", "each",
    "vs", "versus", "than", "from", "like", "between", "into", "on", "per", "not", "me",
    "full", "fully", "qualified", "certified", "licensed", "experienced", "working", "real",
    "compare", "comparing",
} | _JOURNEY  # fmt: skip
# Everyday words of a question that can still name a kind of worker ("software developer",
# "school counselor"); other everyday words before a head noun ("pay adjusters", "these
# operators", "will AI replace adjusters") are not part of a role's name.
_QUALIFYING_COMMON = {
    "software", "tech", "technology", "programming", "language", "model", "models", "ai", "llm",
    "llms", "school", "college", "university", "field", "market", "money", "robot", "robots",
    "education", "career", "health", "head", "chief", "staff", "junior", "senior", "lead",
}  # fmt: skip
_FIELDS_OF_WORK = {
    "engineer": "engineering", "analyst": "analytics", "scientist": "science",
    "researcher": "research", "architect": "architecture", "developer": "development",
    "designer": "design", "administrator": "administration", "manager": "management",
}  # fmt: skip


_AGENT_ENDINGS = {"r", "er", "or", "ist"}
# where a trade's people work, between its word and "jobs": "the butcher shop roles", "ski
# resort jobs"
PLACE_WORDS = frozenset(
    {"resort", "industry", "sector", "business", "station", "plant", "shop", "store", "company"}
)
# words before a verb of the work: "do they climb", "have to climb"
_DOING_IT = {"they", "you", "u", "to"}
_GENERIC_HEADS = {
    "role", "job", "one", "person", "people", "position", "folk", "career", "worker", "staff",
    "employee", "guy", "gal",  # "the denture guy"
}  # fmt: skip
_CASUAL_HEADS = frozenset({"guy", "gal"})
_MANAGED = [["product", "manager"], ["program", "manager"], ["project", "manager"]]
# Words a track's name may start with that a visitor leaves out ("the research track").
_TRACK_PREFIXES = {"ai", "applied", "data", "ml"}


@dataclass(frozen=True)
class Mention:
    """A span of question words that names one or more roles, with how sure the match is."""

    start: int
    end: int
    candidates: dict[str, float]

    @property
    def best(self) -> list[str]:
        """The candidates with the top score, in a stable order; none for an unknown role."""
        if not self.candidates:
            return []
        top = max(self.candidates.values())
        return sorted(pid for pid, score in self.candidates.items() if score == top)


class RoleIndex:
    """Every name a role goes by, in canonical form, for exact, partial and fuzzy lookup."""

    def __init__(self, profiles: Iterable[Profile], common_words: Iterable[str] = ()) -> None:
        self._profiles = list(profiles)
        profiles = self._profiles
        self._words: set[str] | None = None
        self._summary_words: dict[str, set[str]] | None = None  # made on first use
        self._speaking: dict[str, str | None] = {}  # each word's group, once asked
        self.aliases: dict[tuple[str, ...], dict[str, float]] = defaultdict(dict)
        self.heads: dict[str, dict[str, float]] = defaultdict(dict)
        self.title_tokens: dict[str, set[str]] = {}
        self.stated_tokens: dict[str, set[str]] = {}
        # The words of each role's family and track: "dairy" of Dairy Herd Services
        self.group_tokens = {
            p.id: set(canonical_text(f"{p.family or ''} {p.track or ''}")) for p in profiles
        }
        self._group_words = set().union(*self.group_tokens.values())
        self.titles: dict[str, str] = {}
        self.tracks: dict[str, str] = {}
        short_tracks: dict[str, set[str]] = defaultdict(set)
        titled_groups: dict[str, set[str]] = defaultdict(set)
        tails: dict[str, set[str]] = defaultdict(set)
        # Every title in canonical words, once: " supply chain analyst "
        titled = [f" {' '.join(canonical_text(profile.title))} " for profile in profiles]
        # each title in those words, and each role's groups, for naming a group by what is said
        self._by_title = {
            text.strip(): profile for text, profile in zip(titled, profiles, strict=True)
        }
        self._groups_of = {profile.id: (profile.track, profile.family) for profile in profiles}
        self._in_track: dict[str | None, list[str]] = defaultdict(list)
        for profile in profiles:
            self._in_track[profile.track].append(profile.id)
        # The roles whose titles begin with some words: ("esg",) for ESG Reporting Manager.
        beginnings: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for profile in profiles:
            title = tuple(canonical_text(profile.title))
            for size in range(1, len(title)):
                beginnings[title[:size]].add(profile.id)
        groups_seen: set[str] = set()
        for profile in profiles:
            self.titles[profile.id] = profile.title
            for group in (profile.track, profile.family):
                if group and group not in groups_seen and canonical_text(group):
                    groups_seen.add(group)
                    key = canonical_text(group)
                    self.tracks[" ".join(key)] = group
                    # "the research track" for "AI Research", "education" for "Education &
                    # Learning Technology", when no other track goes by that.
                    for short in _shorter_groups(key):
                        short_tracks[short].add(group)
                    if len(key) == 3 and key[1] == "and":
                        # "o&p jobs" for Orthotics & Prosthetics, whose technician is also
                        # "an O&P technician": only with a word for jobs
                        titled_groups[f"{key[0][0]} and {key[2][0]}"].add(group)
                    if (
                        # "concrete" for Ready-Mix Concrete, not "operations" for a three-word
                        # name's plain tail
                        (len(key) == 2 or (len(key) == 3 and _names_its_work(key)))
                        and len(key[-1]) > 4
                        and key[-1] not in COMMON_WORDS
                    ):
                        tails[key[-1]].add(group)  # "manufacturing" for Skilled Manufacturing
                    for short in _group_parts(key):
                        # "animal jobs" of an Animal Welfare track in Veterinary & Animal Care
                        # are the family's, whose vets work with animals too; "insurance jobs"
                        # of Insurance Operations in Finance & Insurance are the track's
                        family = canonical_text(profile.family) if profile.family else ()
                        widest = group
                        if (
                            profile.family
                            and group == profile.track
                            and short in family
                            and short not in _group_parts(family)
                        ):
                            widest = profile.family
                        pieces = short.split()
                        if (
                            len(pieces) == 2
                            and len(pieces[1]) > 4
                            and pieces[1] not in COMMON_WORDS
                        ):
                            tails[pieces[1]].add(widest)  # "space" for Commercial Space & ...
                        if not any(f" {short} " in title for title in titled):
                            short_tracks[short].add(widest)
                        else:
                            # "construction" is a Construction Estimator too; only "construction
                            # jobs" or "in construction" is the group
                            titled_groups[short].add(widest)
            for name, score in _names(profile):
                key = canonical_text(name)
                if key and self.aliases[key].get(profile.id, 0) < score:
                    self.aliases[key][profile.id] = score
            title = canonical_text(profile.title)
            self.title_tokens[profile.id] = set(title) | {
                token for alt in profile.alternate_titles for token in canonical_text(alt)
            }
            # "ecommerce", and so "ecom", for the "E-commerce" of a title
            self.title_tokens[profile.id] |= set(_spelled_title(title))
            # the words of the names a summary gives the role ("often called a Cerakote
            # applicator"), which may stand before its title's head ("a cerakote tech")
            self.stated_tokens[profile.id] = {
                token for name in stated_names(profile) for token in canonical_text(name)
            }
            for part in _conjuncts(title):
                self.heads[part[-1]][profile.id] = PARTIAL
            if len(title) >= 3 and title[-2] == "lead":
                # "what does a lead make": a Building Automation Lead Technician is a lead too,
                # beside an Escape Room Shift Lead
                self.heads["lead"].setdefault(profile.id, PARTIAL)
            if title[-1:] == ("technician",) and len(title) > 1:
                # "vet tech", "noc techs": 'tech' reads as 'technical', a head only after a
                # word of the title
                self.heads[_TECH][profile.id] = PARTIAL
            # "will AI replace mechanics?" for the role a profile calls an auto mechanic
            for alternate in (*profile.alternate_titles, *stated_names(profile)):
                words_of = canonical_text(_PARENTHESES.sub(" ", alternate))
                if words_of and words_of[-1] in _NOT_ALONE:
                    # "a crew lead" for a roofing crew lead; "lead" alone is lead paint too
                    if len(words_of) >= 3:
                        self.aliases[words_of[-2:]].setdefault(profile.id, PARTIAL_ALTERNATE)
                elif words_of and not re.fullmatch(r"\w+(?:-\w+){2,}", alternate):
                    # not "training" of an "operator-in-training"
                    self.heads[words_of[-1]].setdefault(profile.id, PARTIAL_ALTERNATE)
        # "a palliative chaplain", "master riggers", "a human remains detection handler": a title
        # with one word between its first and its head left out, where no other title holds
        # those words ("water treatment operator" begins a Water Treatment Operator Trainee)
        # every run of words in a title, for "does some title hold these words" at once
        runs = {
            words_of[start:end]
            for words_of in (tuple(text.split()) for text in titled)
            for start in range(len(words_of))
            for end in range(start + 1, len(words_of) + 1)
        }
        for profile, title_text in zip(profiles, titled, strict=True):
            title = tuple(title_text.split())
            if len(title) < 3 or title[0] in _SENIORITY:  # its rank is left out already
                continue
            for left_out in range(1, len(title) - 1):
                key = title[:left_out] + title[left_out + 1 :]
                if key not in runs:
                    self.aliases[key].setdefault(profile.id, SHORTENED)
        # "en route" for the En Route Air Traffic Controller beside a Tower one: two words or
        # more that set a title apart from others ending in the same two words or more
        fronts: dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        for profile, title_text in zip(profiles, titled, strict=True):
            title = tuple(title_text.split())
            for size in range(2, len(title)):
                fronts[title[-size:]].append((profile.id, title[:-size]))
        plain = COMMON_WORDS | set(common_words) | _SENIORITY | LEARNERS
        holders: dict[str, set[str]] = defaultdict(set)  # the roles whose titles have a word
        for pid, tokens in self.title_tokens.items():
            for token in tokens:
                holders[token].add(pid)
        for alike in fronts.values():
            for pid, front in alike if len(alike) > 1 else ():
                # not words another title or a group has: "harp" of a Harp String Maker beside
                # a Harp Regulation Technician
                elsewhere = any(
                    word in self._group_words or holders[word] - {pid} for word in front
                )
                if len(front) > 1 and not set(front) <= plain and not elsewhere:
                    self.aliases[front].setdefault(pid, DERIVED)
        for key, found in list(self.aliases.items()):
            if set(found.values()) == {SHORTENED}:
                # "a plant operator" is a Chief Plant Operator with its rank left out, and as
                # much a Wastewater Treatment Plant Operator; "a roaster" a Head Roaster's and
                # a Coffee Roaster's
                ending = f" {' '.join(key)} "
                for pid, title_text in zip((p.id for p in profiles), titled, strict=True):
                    if title_text.endswith(ending):
                        found.setdefault(pid, SHORTENED)
            # "ESG" for ESG Analyst is as much the ESG Reporting Manager: a title cut short
            # names every role whose title begins with those words.
            if HEADLESS not in found.values():
                continue
            for pid in beginnings.get(key, ()):
                found.setdefault(pid, HEADLESS)
            if len(key) > 1:
                # "truck driver" begins a Truck Driver Trainee and ends a CDL-A Truck Driver:
                # the one who drives rather than the one who learns to, and as much one as the
                # other when neither cut-short title is a learner's
                learners = all(
                    set(self.title_tokens[pid]) & LEARNERS
                    for pid, score in found.items()
                    if score == HEADLESS
                )
                ending = f" {' '.join(key)} "
                for pid, title_text in zip((p.id for p in profiles), titled, strict=True):
                    if title_text.endswith(ending):
                        found.setdefault(pid, SHORTENED if learners else HEADLESS)
        for profile in profiles:
            # A Manufacturing Technician Apprentice is a technician too, where another role is.
            title = canonical_text(profile.title)
            if len(title) > 1 and title[-1] in LEARNERS and title[-2] in self.heads:
                self.heads[title[-2]].setdefault(profile.id, PARTIAL)
        tracks = {profile.track for profile in profiles if profile.track}
        for tail, groups in tails.items():
            # a group's last word, where no other group goes by it and no title has it; where
            # a title has it, only "sports jobs" or "in sports" names the group
            if tail not in short_tracks and not any(f" {tail} " in title for title in titled):
                short_tracks[tail] |= groups
            elif tail not in short_tracks:
                titled_groups[tail] |= groups
        # each family's tracks, so that a name two sibling tracks share is their family's
        families: dict[str, set[str]] = defaultdict(set)
        for profile in profiles:
            if profile.family and profile.track:
                families[profile.family].add(profile.track)
        for tail, groups in tails.items():
            if tail in short_tracks:
                short_tracks[tail] |= groups  # "security" ends Offensive Security too
        for short, groups in short_tracks.items():
            group = _one_group(short, groups, tracks, families)
            if group and short not in self.tracks:
                self.tracks[short] = group
        # Group names that are also words of titles, named as a group only in so many words.
        self.titled_groups = {
            short: group
            for short, groups in titled_groups.items()
            if (group := _one_group(short, groups, tracks, families)) and short not in self.tracks
        }
        self.longest = max((len(key) for key in self.aliases), default=1)
        spelled = {
            word
            for profile in self._profiles
            # "wig constrution" for the Wig Construction track
            for name in (profile.title, *profile.alternate_titles, profile.track, profile.family)
            for word in words(name or "")
        }
        self.vocabulary = {token for key in self.aliases for token in key}
        self._titled = {token for tokens in self.title_tokens.values() for token in tokens}
        self.common = set(common_words)
        self._loose_ids: dict[str, list[str]] = defaultdict(list)
        for pid in self.titles:
            self._loose_ids[_loose_slug(pid)].append(pid)
        # Titles' first words that are no ordinary word: "logistics" in Logistics Coordinator.
        self.leading: dict[str, set[str]] = defaultdict(set)
        for profile in profiles:
            first = canonical_text(profile.title)[:1]
            if first and len(first[0]) >= 4 and first[0] not in self.common | COMMON_WORDS:
                self.leading[first[0]].add(profile.id)
        owners: dict[str, set[str]] = defaultdict(set)
        for profile in profiles:
            for token in _spelled_title(canonical_text(profile.title)):
                owners[token].add(profile.id)
        # Title words long enough to be clipped or derived ("quant" for quantitative,
        # "roboticist" for robotics), with the roles whose titles have them.
        self.owners = {
            token: frozenset(ids)
            for token, ids in owners.items()
            if len(token) >= 5 and token.isalpha() and token not in self.common
        }
        self._titles_with: dict[str, set[str]] = defaultdict(set)
        for pid, title_words in self.title_tokens.items():
            for token in title_words:
                self._titles_with[token].add(pid)
        self._spellable = sorted(self.vocabulary | (self.common - NOT_CORRECTED_TO) | spelled)
        # Words the profiles themselves use are never "corrected": "tower" is not "lower".
        used = {
            word
            for profile in profiles
            for text in (
                profile.summary or "",
                profile.track or "",  # "theme park" for Theme Parks & Attractions, not "them"
                profile.family or "",
                *profile.duties,
                *profile.skills,
                *profile.certifications,
                *(f"{pair.question} {pair.answer}" for pair in profile.faq),
            )
            for word in words(text)
        }
        self._known = set(self._spellable) | self.common | used
        # the profiles' own longer words, which a question's misspelt word may stand for, and
        # the beginnings of every word known, which a form of a word keeps
        self._used_long = sorted(word for word in used if len(word) >= 6 and word.isalpha())
        self._used = frozenset(used)
        self._known_starts = {word[:5] for word in self._known if len(word) >= 5}

    def _modifier(self, word: str) -> bool:
        """Whether a word stands only before the heads of the titles that have it ("cylinder"
        in Hydraulic Cylinder Repair Technician), not as a worker a learner becomes
        ("installer" in Fence Installer Apprentice)."""
        after = [
            _word_after(word, title)
            for pid in self._having(word)
            for title in [canonical_text(self.titles[pid])]
            if word in title
        ]
        return bool(after) and all(next_word not in ("", *LEARNERS) for next_word in after)

    def field_of(self, word: str) -> str | None:
        """The group of the one role whose work a word names ("beekeeping" of a Commercial
        Beekeeper, "floristry" of a Wedding Florist), where the group has other roles too."""
        doers = [
            t
            for t in self._titles_with
            if t != word and (len(t) >= 5 and _derives(word, t) or _made_of(word, t))
        ]
        # "floristry" is a florist's before it is anything floral
        whole = [t for t in doers if word.startswith(t)]
        owners = {pid for t in whole or doers for pid in self._titles_with[t]}
        if not owners:
            return self._group_speaking_of(word)
        if len(owners) != 1:
            # "brickmaking" of a Brick Plant Laborer and a Brick Plant Manager: their one track
            tracks = {self._groups_of[pid][0] for pid in owners}
            return tracks.pop() if len(tracks) == 1 and None not in tracks else None
        (owner,) = owners
        profile = next(p for p in self._profiles if p.id == owner)
        for group in (profile.family, profile.track):
            others = [p for p in self._profiles if p.id != owner and group in (p.family, p.track)]
            if group and others:
                return group
        return None

    def group_titled(self, *phrases: str) -> str | None:
        """The one group that holds every role whose title has one of the phrases, or whose
        name has a word of the phrase where no title has it: "ice cream" and "gelato" of a
        Frozen Desserts track, "weigh station" and "truck enforcement" of Commercial Vehicle
        Enforcement."""
        groups: set[str | None] = set()
        for phrase in phrases:
            # "the rafting and kayak jobs": the work of a Raft Guide's title word
            spoken = [
                word[:-3] if word.endswith("ing") and word[:-3] in self._titled else word
                for word in canonical_text(phrase)
            ]
            said = f" {' '.join(spoken)} "
            having = {
                p.track or p.family for title, p in self._by_title.items() if said in f" {title} "
            }
            named = {
                group
                for key, group in self.tracks.items()
                for word in canonical_text(phrase)
                if len(word) > 3 and word not in COMMON_WORDS and word in key.split()
            }
            if not (having or named):
                return None
            groups |= having or named
        return groups.pop() if len(groups) == 1 else None

    def track_mates(self, pid: str) -> tuple[str, ...]:
        """The other roles in a role's track, in corpus order."""
        track = self._groups_of[pid][0]
        return tuple(other for other in self._in_track[track] if other != pid)

    def members(self, group: str) -> frozenset[str]:
        """The roles in a track or family."""
        return frozenset(pid for pid, groups in self._groups_of.items() if group in groups)

    def group_of_titled(self, word: str) -> str | None:
        """The one track that holds every role whose title has a word: "butcher" of a Meat
        Cutting track that also holds a Meat Department Manager."""
        tracks = {self._groups_of[pid][0] or self._groups_of[pid][1] for pid in self._having(word)}
        return tracks.pop() if len(tracks) == 1 else None

    def widened(self, group: str, key: str, said: str) -> str:
        """A track named by a word, or the family around it where the roles whose titles have
        that word reach past the track but not past the family ("the orchestra jobs" beside
        orchestra librarians in another track), or where the family's own word comes first
        ("the telecom tower roles")."""
        members = {pid for pid, groups in self._groups_of.items() if group in groups}
        families = {self._groups_of[pid][1] for pid in members}
        family = families.pop() if len(families) == 1 else None
        if (
            family is None
            or family == group
            or len(key.split()) > 1  # "the stage management track" names the track whole
            or re.search(rf"\b{re.escape(key)} (?:track|family|group)\b", said)
        ):
            return group
        in_family = {pid for pid, groups in self._groups_of.items() if groups[1] == family}
        titled = {pid for word in set(key.split()) - COMMON_WORDS for pid in self._having(word)}
        if titled - members and titled <= in_family:
            return family
        # "the telecom tower roles", "the antiques and restoration jobs"
        before = re.search(rf"(\w+) (?:and |or )?{re.escape(key)}\b", said)
        family_words = set(canonical_text(family)) - set(canonical_text(group)) - COMMON_WORDS
        if before and before.group(1) in family_words:
            return family
        return group

    def group_around(self, word: str, pids: Iterable[str]) -> str | None:
        """The group whose profiles alone speak of the word, where it holds all these roles and
        more."""
        group = self._group_speaking_of(word)
        of = self._groups_of
        named = set(pids)
        if group is None or not all(group in of[pid] for pid in named):
            return None
        # only where the group holds more: "the range job" of a group of two is one of them
        return group if any(group in of[pid] for pid in of.keys() - named) else None

    def _summary_says(self, pid: str, word: str) -> bool:
        """Whether a profile's summary has the word, or a form of it ("skydivers")."""
        if self._summary_words is None:
            self._summary_words = {
                p.id: set(canonical_text(p.summary or "")) for p in self._profiles
            }
        stem = word[: max(5, len(word) - 3)]
        return any(token.startswith(stem) for token in self._summary_words[pid])

    def _group_speaking_of(self, word: str) -> str | None:
        """The one group whose profiles alone say the word in their summaries, two of them at
        least: "the skydiving jobs" of a Parachute Operations track whose instructors and
        riggers work with skydivers."""
        if word not in self._speaking:
            saying = [p for p in self._profiles if self._summary_says(p.id, word)]
            groups = {p.track or p.family for p in saying}
            one = len(saying) >= 2 and len(groups) == 1
            self._speaking[word] = groups.pop() if one else None
        return self._speaking[word]

    def knows(self, word: str) -> bool:
        """Whether a word is a title's, an ordinary one or one the profiles themselves use."""
        return word in self._known or singular(word) in self._known

    def respell(self, word: str) -> str:
        """The one word of the profiles' own a misspelt longer word stands for, a letter away
        ("jewlery" where a piercer's profile says "jewelry"), or the word itself; titles and
        ordinary words are `correct`'s."""
        if len(word) < 6 or not word.isalpha() or self.knows(word):
            return word
        if word[:5] in self._known_starts or _AGENT.search(word):
            # "trucking", "recommended": another form of a word known; "a lighting designer":
            # a worker of its own
            return word
        found = process.extract(word, self._used_long, scorer=OSA.distance, limit=3, score_cutoff=1)
        near = {name for name, _, _ in found if name[0] == word[0]}
        return near.pop() if len(near) == 1 else word

    def correct(self, word: str) -> str:
        """The known word a misspelt one stands for (one edit, two for long words), or itself."""
        if self.knows(word):
            return word
        if word.endswith("in") and len(word) >= 5 and self.knows(f"{word}g"):
            return f"{word}g"  # "highest payin job": the g dropped as it is in speech
        one, plural = (word[:-1], "s") if word.endswith("s") else (word, "")
        if _SPELLINGS.get(one) in self.vocabulary:
            return f"{_SPELLINGS[one]}{plural}"  # "racket stringers" for Racquet Stringer
        if len(word) < 5:
            # "hena artists": a short word with a doubled letter of a title's written once
            doubled = {
                name
                for i in range(len(word))
                if (name := word[: i + 1] + word[i:]) in self.vocabulary
            }
            if len(doubled) != 1 and len(word) == 4 and word.isalpha():
                # "tower clok technician": a title's word with a letter left out
                doubled = {
                    name
                    for i in range(1, len(word) + 1)
                    for letter in string.ascii_lowercase
                    if (name := word[:i] + letter + word[i:]) in self._titled
                }
            return doubled.pop() if len(doubled) == 1 else word
        if not word.isalpha():
            return word
        doer = re.sub(r"(?:er|ers)$", "", word)
        if doer != word and f"{doer}ing" in self.owners:
            # "refinisher" is who does a Floor Refinishing Technician's work, not a "finisher"
            return word
        limit = 1 if len(word) < 9 else 2
        found = process.extract(
            word, self._spellable, scorer=OSA.distance, limit=5, score_cutoff=limit
        )
        if not found and limit == 1 and len(word) >= 7:
            # "hydrolic": two slips, but only in how the vowels are spelt
            found = [
                hit
                for hit in process.extract(
                    word, self._spellable, scorer=OSA.distance, limit=5, score_cutoff=2
                )
                if _VOWELS.sub("a", hit[0]) == _VOWELS.sub("a", word)
            ]
        if not found and len(word) >= 8:
            # "palative": a long title word with two of its letters left out
            dropped = [
                (name, 2, 0)
                for name in self._titled
                if len(name) == len(word) + 2 and name[0] == word[0] and _within(word, name)
            ]
            found = dropped if len(dropped) == 1 else []
        if not found:
            one = singular(word)
            if one != word and len(one) >= 5:
                # "venue mangers": the misspelt word is the plural of one a letter away
                fixed = self.correct(one)
                if fixed == one:
                    return word
                return f"{fixed}es" if fixed.endswith(("s", "x", "ch", "sh")) else f"{fixed}s"
            return word
        nearest = [name for name, distance, _ in found if distance == found[0][1]]
        # "manage" and "design" are words of their own, not a manager or a designer.
        nearest = [
            name
            for name in nearest
            # nor is "taker" a misspelt "take"
            if not (name.startswith(word) and name[len(word) :] in _AGENT_ENDINGS)
            and not (word.startswith(name) and word[len(name) :] in _AGENT_ENDINGS)
            and not _doing_not_doer(word, name)
            # a slip rarely changes the first letter: "a gutter cleaner" is no Leather Cutter
            and name[0] == word[0]
            # a doer is no other form of the verb: "a candy maker" is no "makes"
            and not (word.endswith("er") and len(name) == len(word) and name[:-1] == word[:-1])
            # nor the craft: "a furniture upholsterer" is no "upholstery"
            and not (word.endswith("er") and name == f"{word[:-2]}y")
        ]
        if not nearest:
            return word
        # An English inflection is a word of its own: "recommended" is not "recommender".
        ending = next((e for e in ("ed", "ing", "ly") if word.endswith(e)), None)
        if ending:
            # but "dispaly" is "display" with two letters swapped, not an adverb
            nearest = [
                name for name in nearest if name.endswith(ending) or sorted(name) == sorted(word)
            ]
            if not nearest:
                return word
        ranked = sorted(nearest, key=lambda name: -fuzz.ratio(word, name))
        if len(ranked) > 1 and fuzz.ratio(word, ranked[0]) == fuzz.ratio(word, ranked[1]):
            return word
        return str(ranked[0])

    def find(self, tokens: list[Token], plural: frozenset[int] = frozenset()) -> list[Mention]:
        """Role mentions in canonical tokens: exact names (longest wins), then partial ones.
        `plural` holds the places of words written in the plural ("data roles" is a group)."""
        mentions: list[Mention] = []
        index = 0
        while index < len(tokens):
            match = self._exact_at(tokens, index)
            headed = self._headed(tokens, match) if match else None
            if match and headed is not None:
                # "a mobile vet" is the Mobile Veterinarian (a "house-call vet"), not the
                # Mobile Veterinary Technician whose "mobile vet tech" it cuts short
                match = Mention(match.start, match.end, {headed: PARTIAL})
            clipped = self._clipped_head(tokens, match) if match and headed is None else None
            if match and clipped is not None:
                # "wildlife rehab": a Wildlife Rehabilitation Technician's "wildlife rehab tech"
                # cut short, or a Wildlife Rehabilitator clipped; as much one as the other
                match = Mention(
                    match.start,
                    match.end,
                    {**match.candidates, clipped: max(match.candidates.values())},
                )
            following = next((t for t in tokens if match and t.start >= match.end), None)
            if (
                match
                and headed is None
                and clipped is None
                and following is not None
                and (
                    self._another_rank(tokens, match, following.text)
                    or self._past_a_name(tokens, match, following.text)
                )
            ):
                # "a medical laboratory scientist" beside a Medical Laboratory Technician: a
                # title but its head, then a worker of another rank or profession
                match = Mention(match.start, following.end, {})
            if (
                match
                and len(match.candidates) == 1
                and set(match.candidates.values()) == {SHORTENED}
            ):
                # "a blade technician": the Blade Repair Technician without its "repair", and
                # as much the Blade Inspection Technician
                outside = {t.start for t in tokens if not match.start <= t.start < match.end}
                (named,) = match.candidates
                # not a Senior Data Center Technician beside a "data center tech": its title
                # holds the whole of the one named
                others = {
                    pid
                    for m in self._partial(tokens, outside)
                    if (m.start, m.end) == (match.start, match.end)
                    for pid in m.candidates
                    if not self.title_tokens[named] <= self.title_tokens[pid]
                }
                if others:
                    match = Mention(
                        match.start, match.end, dict.fromkeys({named, *others}, PARTIAL)
                    )
            fuller = self._fuller(tokens[index - 1].text, match) if match and index > 0 else None
            if match and fuller and not any(m.end > tokens[index - 1].start for m in mentions):
                # "ndt rope access tech": a Rope Access NDT Technician, its words in another order
                match = Mention(tokens[index - 1].start, match.end, {fuller: SHORTENED})
            elif (
                match
                and index > 0
                and not any(m.end > tokens[index - 1].start for m in mentions)
                and (stated := self._stated_before(tokens[index - 1].text, match)) is not None
            ):
                # "sworn court interpreters": the one of the court interpreters its summary
                # calls a sworn interpreter
                score = max(match.candidates.values())
                match = Mention(tokens[index - 1].start, match.end, {stated: score})
            elif match and index > 0 and tokens[index - 1].text in _RANKS:
                # "an assistant cruise director" beside a Cruise Director: a role of its own,
                # which no profile covers
                match = Mention(tokens[index - 1].start, match.end, {})
            elif (
                match
                and index > 0
                and (index == 1 or tokens[index - 2].text in _BEFORE_QUALIFIER)
                and self._qualifies(tokens[index - 1].text)
            ):
                # "a marine upholsterer" beside an Upholsterer: another kind of the role, by a
                # word no profile's names use
                match = Mention(tokens[index - 1].start, match.end, {})
            if match:
                mentions.append(match)
                # Past the match; an expanded word ("mle": "ml engineer") shares one place, so
                # the next index must still move forward.
                after = next(i for i, t in enumerate(tokens) if t.end >= match.end) + 1
                index = max(index + 1, after)
                continue
            index += 1
        taken = {i for m in mentions for i in range(m.start, m.end)}
        partial = self._partial(tokens, taken, plural)
        if mentions:
            # "does an AI Technical Writer work with engineers?": beside a full title, a bare
            # head noun that fits many roles is an ordinary word, not another role; apart from
            # a name cut short ("the supervisor at the scrap yard") it may be the role asked of
            strong = any(max(m.candidates.values(), default=TITLE) > HEADLESS for m in mentions)
            partial = [
                m
                for m in partial
                if len(m.candidates) == 1
                or not (strong or any(o.start <= m.start <= o.end for o in mentions))
            ]
        mentions.extend(self._other_rank(tokens, m) for m in partial)
        # "which clinical data roles use SQL?": words several titles share, then a plural
        # "roles", name a group to filter, not one role to ask about.
        mentions = [m for m in mentions if not self._kind_named(tokens, m, plural)]
        mentions.extend(self._other_workers(tokens, mentions))
        mentions.extend(self._sharing_head(tokens, mentions))
        found = [self._in_training(tokens, mention) for mention in mentions]
        return sorted(found, key=lambda mention: mention.start)

    def _a_doer(self, word: str) -> bool:
        """Whether a word names someone who does what the profiles speak of doing: "driver"
        where they say "driving", not "escalator" nor "charter"."""
        if not word.endswith("er"):
            return False
        stems = (word[:-1], word[:-2])  # "drive", "chart"
        doing = {f"{stem.removesuffix('e')}ing" for stem in stems}
        return bool(doing & self._used)

    def _other_rank(self, tokens: list[Token], mention: Mention) -> Mention:
        """'a head trainer' beside an Assistant Trainer: the bare head of a title of one rank,
        said with another rank's word (or a leader's, where no title leads), names a role no
        profile covers."""
        before = next((t for t in tokens if t.end == mention.start), None)
        if before is None or before.text not in _RANKS:
            return mention
        titles = [self.title_tokens[pid] for pid in mention.candidates]
        # "a head roaster" beside a Production Roaster: the one who leads them, where no title
        # leads
        leads = before.text in ("head", "chief") and not any(t & _LEADERS for t in titles)
        if not leads and any(before.text in title or not title & _RANKS for title in titles):
            return mention
        return Mention(before.start, mention.end, {})

    def _sharing_head(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """'apprentice and corps dancer': a word before "and" or "or" that, with the head of
        the role named after it, is the name of another role."""
        taken = {t.start for m in mentions for t in tokens if m.start <= t.start < m.end}
        found = []
        for mention in mentions:
            at = next((i for i, t in enumerate(tokens) if t.start == mention.start), 0)
            last = max((t for t in tokens if t.start < mention.end), key=lambda t: t.start)
            if at < 2 or tokens[at - 1].text not in ("and", "or") or last.start == mention.start:
                continue
            word = tokens[at - 2]
            if word.start in taken:
                continue
            named = self.aliases.get((word.text, last.text))
            if named and not set(named) & set(mention.candidates):
                found.append(Mention(word.start, word.end, dict(named)))
        return found

    def _in_training(self, tokens: list[Token], mention: Mention) -> Mention:
        """'an operator in training': of the roles a name fits, the one learning it."""
        after = [t for t in tokens if t.start >= mention.end][:2]
        if len(mention.candidates) < 2 or [t.text for t in after] not in _IN_TRAINING:
            return mention
        learning = {
            pid: score
            for pid, score in mention.candidates.items()
            if self.title_tokens[pid] & LEARNERS
        }
        if len(learning) != 1:
            return mention
        return Mention(mention.start, after[-1].end, learning)

    def _headed(self, tokens: list[Token], match: Mention) -> str | None:
        """The one role a name cut short from another's ends in the head of, its other words
        fitting that role's title; None where the name is no cut-short one or none fits."""
        if max(match.candidates.values()) > HEADLESS:
            return None
        words_of = [t.text for t in tokens if match.start <= t.start < match.end]
        if len(words_of) < 2:
            return None
        fitting = [
            pid
            for pid in self.heads.get(words_of[-1], {})
            if pid not in match.candidates and all(self._fits(word, pid) for word in words_of[:-1])
        ]
        return fitting[0] if len(fitting) == 1 else None

    def _clipped_head(self, tokens: list[Token], match: Mention) -> str | None:
        """The one other role whose title's head a cut-short name's last word clips, its other
        words fitting that title; None where there is no such role."""
        if max(match.candidates.values()) > HEADLESS:
            return None
        words_of = [t.text for t in tokens if match.start <= t.start < match.end]
        if len(words_of) < 2 or len(words_of[-1]) < 4:
            return None
        fitting = {
            pid
            for pid in self._heads_clipped_to(words_of[-1])
            if pid not in match.candidates and all(self._fits(word, pid) for word in words_of[:-1])
        }
        return fitting.pop() if len(fitting) == 1 else None

    def _heads_clipped_to(self, word: str, shortest: int = 0) -> set[str]:
        """The roles whose title's head begins with a word and is longer ("rehab" of a
        Rehabilitator, "vet" of a Veterinarian), that head at least `shortest` letters."""
        return {
            pid
            for head, ids in self.heads.items()
            if head != word and len(head) >= shortest and head.startswith(word)
            for pid in ids
        }

    def plain_one(self, before: str, pids: Iterable[str]) -> str | None:
        """The one role no rank word heads, where the word before its name asks for the plain
        one: "a regular reactor operator" beside a Senior Reactor Operator."""
        if before not in PLAIN:
            return None
        plain = [pid for pid in pids if not self.title_tokens[pid] & _SENIORITY]
        return plain[0] if len(plain) == 1 else None

    def titles_beginning(self, words_said: str) -> int:
        """How many titles, in canonical words, begin with these words."""
        return sum(1 for title in self._by_title if f"{title} ".startswith(f"{words_said} "))

    def cut_short_before(self, word: str, following: str) -> set[str]:
        """The roles whose title has a longer word that a word begins, with the following word
        right after it: "tox" before "laboratory" of a Toxicology Laboratory Assistant."""
        return {
            profile.id
            for title, profile in self._by_title.items()
            for first, second in itertools.pairwise(title.split())
            if second == following and first != word and first.startswith(word)
        }

    def in_a_title(self, word: str) -> bool:
        """Whether a word, in canonical form, is any title's."""
        return word in self._titled

    def clips_before(self, word: str, following: str) -> bool:
        """Whether a word is a title's word cut short and stands before another of a title's
        words: "vet" in "vet rehab jobs", where "a vet" alone would be a worker of its own."""

        def clipped(short: str, least: int) -> bool:
            return any(
                len(os.path.commonprefix([short, t])) >= min(len(short), least) and t != short
                for t in self._titled
            )

        return (
            len(word) >= 3
            and word.isalpha()
            and word not in COMMON_WORDS
            # "vet" of veterinary, not "climb" of a climber: the word cut short, not the worker
            and any(
                t.startswith(word)
                and len(t) >= len(word) + 3
                and t[len(word) :] not in _AGENT_ENDINGS
                for t in self._titled
            )
            and following not in COMMON_WORDS
            and (following in self._titled or clipped(following, 5))
        )

    def _stated_before(self, word: str, match: Mention) -> str | None:
        """The one of several matched roles whose summary's names use a word said before the
        match, where no title of theirs does."""
        if (
            len(match.candidates) < 2
            or len(word) < 4
            or word in self.common
            or word in COMMON_WORDS
            or any(word in self.title_tokens[pid] for pid in match.candidates)
        ):
            return None
        stated = [pid for pid in match.candidates if word in self.stated_tokens[pid]]
        return stated[0] if len(stated) == 1 else None

    def _fuller(self, word: str, match: Mention) -> str | None:
        """The one role whose title is the matched role's with this word too, if any."""
        if word not in self._titled or len(match.candidates) != 1:
            return None
        named = set(canonical_text(self.titles[next(iter(match.candidates))]))
        fuller = [
            pid
            for pid, title in self.titles.items()
            if len(canonical_text(title)) == len(named) + 1
            and named | {word} == set(canonical_text(title))
        ]
        return fuller[0] if len(fuller) == 1 else None

    def _qualifies(self, word: str) -> bool:
        """Whether a word before a title makes another kind of that role of it."""
        return (
            len(word) >= 4
            and word.isalpha()
            and word not in _MAY_PRECEDE
            and word not in self.common
            and word not in COMMON_WORDS
            and word not in self.vocabulary
            and not word.endswith(("ing", "ed", "ly", "s"))
            and word not in self.written()
        )

    def written(self) -> set[str]:
        """Every word the profiles' own text uses, as written, read once when first needed."""
        if self._words is None:
            self._words = {
                word
                for profile in self._profiles
                for text in (
                    profile.summary or "",
                    *profile.duties,
                    *profile.skills,
                    *profile.certifications,
                    *(f"{pair.question} {pair.answer}" for pair in profile.faq),
                    profile.adjacent_roles or "",
                )
                for word in re.findall(r"[a-z]+", text.lower())
            }
        return self._words

    def _other_workers(self, tokens: list[Token], found: list[Mention]) -> list[Mention]:
        """Title words before a word for a worker no title has ("real estate agents" beside a
        Real Estate Appraiser): a role the corpus lacks, to be named as such."""
        taken = {t.start for m in found for t in tokens if m.start <= t.start < m.end}
        others = []
        for index, token in enumerate(tokens):
            word = token.text
            if (
                index == 0
                or token.start in taken
                or (len(word) < 5 or not _AGENT.search(word) or word in _THINGS)
                and word not in _REPS
                or word in self._titled
                or word in self.heads
                or word in self.common
                # "data labelers", "sales enginers": a title's own word, derived or misspelt
                or any(_derives(word, title_word) for title_word in self.owners)
            ):
                continue
            first = index
            while (
                first > 0
                and tokens[first - 1].start not in taken
                and tokens[first - 1].text in self.vocabulary
                # "is it hard on your wrists": the visitor's own, no worker
                and tokens[first - 1].text not in _POSSESSIVES
                and (
                    tokens[first - 1].text not in self.common
                    or tokens[first - 1].text in self._titled
                )
            ):
                first -= 1
            jobs_of = index + 1 < len(tokens) and tokens[index + 1].text in _JOB_NOUNS
            if (
                first == index
                # "a crane operator", or "fiber splicer jobs": a worker, not a thing
                and (NAMED_WORKER.search(word) or jobs_of)
                and tokens[index - 1].text.isalpha()
                and tokens[index - 1].text not in self.common | COMMON_WORDS
                and (index == 1 or tokens[index - 2].text in _ARTICLED or jobs_of)
            ):
                first -= 1  # "a crane operator": a worker no title names, by its own words
            if first < index:
                others.append(Mention(tokens[first].start, token.end, {}))
        return others

    def kind_of_role(self, tokens: list[Token], plural: frozenset[int]) -> str | None:
        """Title words several roles share, said before a plural word for roles ("the
        underwriter roles", "which clinical data jobs"), in canonical form; else None."""
        taken: set[int] = set()
        for mention in self._partial(tokens, taken, plural):
            if self._kind_named(tokens, mention, plural):
                return " ".join(t.text for t in tokens if mention.start <= t.start < mention.end)
        return None

    def shared_before_group(self, tokens: list[Token], plural: frozenset[int]) -> str | None:
        """Title words several roles share, before a plural word for roles ("list the septic
        jobs"), in canonical form; else None."""
        for index, token in enumerate(tokens):
            if index and token.start in plural and token.text in _GENERIC_HEADS:
                if index > 1 and tokens[index - 1].text in PLACE_WORDS:
                    index -= 1  # "the butcher shop roles"
                first, having = index, set(self.titles)
                while first > 0 and len(having & self._having(tokens[first - 1].text)) > 1:
                    having &= self._having(tokens[first - 1].text)
                    first -= 1
                if first < index:
                    return " ".join(t.text for t in tokens[first:index])
        return None

    def _kind_named(self, tokens: list[Token], mention: Mention, plural: frozenset[int]) -> bool:
        return len(mention.best) > 1 and _followed_by_group(tokens, mention, plural)

    def _clipped_to_three(self, tokens: list[Token], index: int, leading: bool) -> list[Mention]:
        """'rodeo vets', 'how much do vets make': a title's head cut to its first three letters
        (a vet is a veterinarian), with a word of the title before it or leading the question."""
        word = tokens[index].text
        clipped = self._heads_clipped_to(word, shortest=6)
        before = tokens[index - 1] if index else None
        narrowed = clipped & self._having(before.text) if before else set()
        if before and narrowed:
            return [Mention(before.start, tokens[index].end, dict.fromkeys(narrowed, DERIVED))]
        if clipped and leading:
            return [
                Mention(tokens[index].start, tokens[index].end, dict.fromkeys(clipped, DERIVED))
            ]
        return []

    def derived(self, tokens: list[Token]) -> list[Mention]:
        """'quant' for Quantitative Analyst, 'roboticist' for Robotics Engineer: a word sharing
        a long beginning with a title word that only one role has."""
        found = []
        for index, token in enumerate(tokens):
            word = token.text
            if len(word) == 3 and word.isalpha() and word not in self.common:
                titled = self._having(word)
                placed = {t.text for t in tokens[max(index - 2, 0) : index]} & _PLACED
                # "rug salary", "how much does a rug guy make": a short word only one title
                # has, first of what the question says; not "they'll pay for cdl school"
                leading = all(t.text in self.common for t in tokens[:index])
                after = tokens[index + 1].text if index + 1 < len(tokens) else ""
                # "art conservators" beside an Art Handler: a worker of another kind
                other_worker = bool(
                    _WORKER.search(after)
                    and titled
                    and not any(
                        _derives(after, t) for pid in titled for t in self.title_tokens[pid]
                    )
                )
                if len(titled) == 1 and leading and not placed and not other_worker:
                    found.append(Mention(token.start, token.end, dict.fromkeys(titled, DERIVED)))
                elif not titled and not _WORKER.search(after) and after not in self.heads:
                    # not "vet tech", a head of its own after it
                    found.extend(self._clipped_to_three(tokens, index, leading and not placed))
                continue
            if len(word) < 4 or not word.isalpha() or word in self.common:
                continue
            if word in self.vocabulary and word not in self.owners:
                # "tree planting" of a Tree Planter, though another's name has "planting": the
                # work of a title whose other word is said before it
                before = tokens[index - 1].text if index > 0 else ""
                if before not in self._titled or not any(
                    _derives(word, title_word) and any(before in self.title_tokens[p] for p in ids)
                    for title_word, ids in self.owners.items()
                ):
                    continue
            if (
                word in _PLAIN_MIDDLES
                and found
                and index > 0
                and found[-1].end == tokens[index - 1].end
            ):
                continue  # "rug repair guy": the repairing of the role just named
            after = tokens[index + 1].text if index + 1 < len(tokens) else ""
            before = tokens[index - 1].text if index > 0 else ""
            if index >= 2 and before in _DOERS and tokens[index - 2].text in _AUXILIARIES:
                continue  # "what do they sharpen?" asks of the work, not of a Sharpening Technician
            if before in _DOING_IT and any(f"{word}{end}" in self.owners for end in _AGENT_ENDINGS):
                continue  # "do they climb towers" asks of the work, not of a Tower Climber
            owners = {
                pid
                for title_word, ids in self.owners.items()
                if _derives(word, title_word)
                # "how long does the program last?" asks of the work, not of a Programmer;
                # "the design one" is the Designer
                and not (
                    _the_work(word, title_word)
                    and before in _DETERMINERS
                    and after not in _GENERIC_HEADS
                )
                # "the space jobs" are a group's, not "spacecraft" cut short
                and not (word in self.tracks and title_word.startswith(word) and title_word != word)
                for pid in ids
            }
            if (
                owners
                and word.endswith("er")
                and all(
                    f"{word}y" in self.title_tokens[pid]
                    and canonical_text(self.titles[pid])[-1] != f"{word}y"
                    for pid in owners
                )
            ):
                # "a head brewer" beside a Brewery Quality Analyst: who works in the place a
                # title names, another worker than the role itself
                start = tokens[index - 1].start if before in _SENIORITY else token.start
                found.append(Mention(start, token.end, {}))
                continue
            if (
                owners
                and self._a_doer(word)
                and all(_modifies_a_thing(word, canonical_text(self.titles[pid])) for pid in owners)
            ):
                # "a school bus driver" beside a Driver Education Program Manager: the worker
                # that title's word is about, not the role
                found.append(Mention(token.start, token.end, {}))
                continue
            exact = self._having(word)
            if len(owners) > 1 and len(exact) == 1 and _WORKER.search(word):
                # "prosthetist salary": the one title naming that worker, not a Prosthetic
                # Technician's
                owners = set(exact)
            if not owners or (word in self.vocabulary and len(owners) > 1):
                continue  # a title word several roles share is the head-noun search's to read
            if (
                _WORKER.search(word)
                and word not in self._titled
                and all(
                    canonical_text(self.titles[pid])[-1] in _SUPPORTING
                    and not _derives(word, canonical_text(self.titles[pid])[-1])
                    # "a refinisher" is the Floor Refinishing Technician, who does the work
                    and not any(
                        t.endswith("ing") and _derives(word, t)
                        for t in canonical_text(self.titles[pid])
                    )
                    for pid in owners
                )
            ):
                # "optometrists" beside an Optometric Technician, "a librarian" beside Library
                # Assistants: the worker they support, whom no profile covers
                found.append(Mention(token.start, token.end, {}))
                continue
            if (
                _LEARNED_WORKER.search(word)
                and word not in self._titled
                and all(
                    not any(_derives(word, t) for t in canonical_text(self.titles[pid])[-2:])
                    for pid in owners
                )
            ):
                # "electricians" beside an Electric Arc Furnace Operator: a worker named for a
                # word that qualifies another of the title's, not for the role's own work
                found.append(Mention(token.start, token.end, {}))
                continue
            if (
                # not "the heaviest cylinder" of a Hydraulic Cylinder Repair Technician: a
                # title's own word before its head names a thing, not a worker; "a harbor pilot"
                # beside an ROV Pilot Technician is a worker all the same
                ((_WORKER.search(word) and not self._modifier(word)) or _NAMED_AGENT.search(word))
                and before.isalpha()
                and before not in _MAY_PRECEDE
                and before not in NAMING_VERBS
                and before not in self.vocabulary
                and not owners & self._having(before)
            ):
                # "a tunnel boring machine operator" beside a Tunnel Operations Controller: a
                # worker of another kind, by a word no title has
                found.append(Mention(tokens[index - 1].start, token.end, {}))
                continue
            # "data labelers", "quant researcher": the title's other words beside it narrow the
            # roles and belong to the mention; "a quant" with two quantitative roles asks which.
            first = last = index
            while first > 0 and owners & self._having(tokens[first - 1].text):
                owners &= self._having(tokens[first - 1].text)
                first -= 1
            while last + 1 < len(tokens) and owners & self._having(tokens[last + 1].text):
                owners &= self._having(tokens[last + 1].text)
                last += 1
            if last + 1 < len(tokens) and len(owners) == 1:
                # "special ed": the next title word cut short
                after = tokens[last + 1].text
                title = canonical_text(self.titles[next(iter(owners))])
                place = next((i for i, w in enumerate(title) if _derives(word, w)), None)
                if place is not None and place + 1 < len(title) and len(after) >= 2:
                    last += title[place + 1].startswith(after) and after.isalpha()
            after = tokens[last + 1].text if last + 1 < len(tokens) else ""
            if self._another_worker(after):
                # "a dental hygienist": another worker than the Dental Assistant
                found.append(Mention(tokens[first].start, tokens[last + 1].end, {}))
            elif len(owners) <= 2:
                # "video editing" is the Video Editor's work, not the Assistant Video Editor's
                whole = {
                    pid
                    for pid in owners
                    if len(canonical_text(self.titles[pid])) == last - first + 1
                }
                scores = dict.fromkeys(whole if len(whole) == 1 else owners, DERIVED)
                found.append(Mention(tokens[first].start, tokens[last].end, scores))
        return found

    def _past_a_name(self, tokens: list[Token], match: Mention, word: str) -> bool:
        """Whether a word after a name cut short of its head names another worker: "a tow
        yard dispatcher" beside the Impound Lot Attendant its summary calls a tow yard clerk."""
        if (
            max(match.candidates.values()) > HEADLESS
            or not self._another_worker(word)
            or word in self.vocabulary  # "journey-level tower technician": a title goes on
        ):
            return False
        said = tuple(t.text for t in tokens if match.start <= t.start < match.end)
        for pid in match.candidates:
            profile = next(p for p in self._profiles if p.id == pid)
            if canonical_text(profile.title)[:-1] == said:
                return False  # a title cut short: another rank only as `_another_rank` says
            if not any(
                key[:-1] == said and not _same_kind(singular(word), key[-1])
                for key in map(canonical_text, stated_names(profile))
            ):
                return False
        return True

    def _another_rank(self, tokens: list[Token], match: Mention, word: str) -> bool:
        """Whether a word after a title cut short of its head alone names another rank or
        profession than that head: "scientist" after the "medical laboratory" of a Medical
        Laboratory Technician, where "mechanic" after a Golf Cart Technician's is the same."""
        if max(match.candidates.values()) > HEADLESS or singular(word) not in _OTHER_RANKS:
            return False
        said = [t.text for t in tokens if match.start <= t.start < match.end]
        titles = [list(canonical_text(self.titles[pid])) for pid in match.candidates]
        return all(
            title[:-1] == said and not _same_kind(singular(word), title[-1]) for title in titles
        )

    def _another_worker(self, word: str) -> bool:
        """Whether a word after some of a title's words names a worker of its own: "hygienist"
        in "a dental hygienist" beside a Dental Assistant."""
        return bool(
            _AGENT.search(word)
            and len(word) >= 5
            and word not in self.common
            and singular(word) not in NOT_WORKERS
        )

    def _having(self, word: str) -> set[str]:
        return self._titles_with.get(word, set())

    def titled_with(self, word: str) -> set[str]:
        """The roles whose titles have a word, in canonical form."""
        return set(self._having(word))

    def _exact_at(self, tokens: list[Token], index: int) -> Mention | None:
        for size in range(min(self.longest, len(tokens) - index), 0, -1):
            window = tokens[index : index + size]
            found = self.aliases.get(tuple(token.text for token in window))
            if found:
                return Mention(window[0].start, window[-1].end, dict(found))
        return None

    def _partial(
        self, tokens: list[Token], taken: set[int], plural: frozenset[int] = frozenset()
    ) -> list[Mention]:
        """A head noun ('architect') with the words before it that every candidate title has."""
        found: list[Mention] = []
        for index, token in enumerate(tokens):
            if token.start in taken:
                continue
            if token.text in self.heads:
                scores = self.heads[token.text]
            elif (
                token.text in _GENERIC_HEADS
                and token.start not in plural
                and index > 0
                and tokens[index - 1].text in self.vocabulary
                and tokens[index - 1].text not in self.heads
                and len(tokens[index - 1].text) > 1  # "a job" is no CDL-A's
            ):
                # "a clinical data role", "the platform one": title words before a plain noun.
                scores = dict.fromkeys(self.titles, PARTIAL)
            else:
                continue
            start = index
            candidates = set(scores)
            while start > 0 and tokens[start - 1].start not in taken:
                word = tokens[start - 1].text
                narrower = {pid for pid in candidates if self._fits(word, pid)}
                if token.text in _GENERIC_HEADS:
                    # "the painting job": the Industrial Painter's work as much as the Painting
                    # Foreman's title; "the flood job": a Floodplain Manager's too
                    narrower |= {
                        pid
                        for pid in candidates
                        if any(
                            # "the inspection job": an Inspector's work too
                            (word.endswith(("ing", "ion")) and _derives(word, t))
                            or _the_work(word, t)  # "the dispatch job": a Dispatcher's too
                            or (
                                len(word) >= 4
                                and word not in self.common
                                and t.startswith(word)
                                and len(t) >= len(word) + 3
                            )
                            for t in self.title_tokens[pid]
                        )
                    }
                if not narrower:
                    break
                candidates, start = narrower, start - 1
            if start == index and (
                token.text not in self.heads
                or (
                    token.text == _TECH
                    # "what do techs make": only technicians are written in the plural, though
                    # "travel techs" may be technologists who travel
                    and not (
                        _a_tech(tokens, index)
                        or (
                            token.start in plural
                            and (index == 0 or tokens[index - 1].text in self.common)
                        )
                    )
                )
            ):
                continue
            if start == index:
                # "an assistant" ends a Production Assistant and begins an Assistant Video
                # Editor: as much one as the other, unless the other only learns the work
                scores = {
                    **dict.fromkeys(
                        (
                            pid
                            for pid in self.leading.get(token.text, ())
                            if not (self.title_tokens[pid] & LEARNERS) - {token.text}
                        ),
                        PARTIAL,
                    ),
                    **scores,
                }
                candidates = set(scores)
            before = tokens[start - 1].text if start > 0 else ""
            # a word of the role just found is no unknown role: "vet tech, vet assistant"
            claimed = start > 0 and (
                tokens[start - 1].start in taken  # "shed hands, shearers": a whole title's
                or any(m.start <= tokens[start - 1].start < m.end for m in found)
            )
            # "hiring managers" are people of their own
            everyday = (
                before in COMMON_WORDS
                and before not in _QUALIFYING_COMMON
                and not before.endswith("ing")
            ) or (
                # "which is safer from ai: game master or ...": the AI the question is about
                before == "ai" and start > 1 and tokens[start - 2].text in {"from", "to", "by"}
            )
            # the words of group names just before the head: "dairy", "ice rink"
            run = index
            while (
                run > 0
                and index - run < 3
                and tokens[run - 1].start not in taken
                and tokens[run - 1].text not in self.common
                and tokens[run - 1].text in self._group_words
            ):
                run -= 1
            said = {t.text for t in tokens[run:index]}
            grouped = {
                pid
                for pid in scores
                if before in said
                and said <= self.group_tokens[pid] | self.title_tokens[pid]
                # an "ML engineer" of an ML Engineering track is a role of its own
                and not any(_derives(token.text, t) for t in self.group_tokens[pid])
            }
            if len(grouped) > 1 and not claimed and token.text in self.heads:
                # "the dairy technician": which of the Dairy Herd Services technicians; one alone
                # may still be another role ("a fashion designer" is no Technical Designer)
                found.append(Mention(tokens[run].start, token.end, dict.fromkeys(grouped, PARTIAL)))
                continue
            clipped = {
                pid
                for pid in candidates
                if len(before) >= 3
                and before.isalpha()
                and before not in COMMON_WORDS
                and before not in self.common
                and any(t.startswith(before) and t != before for t in self.title_tokens[pid])
            }
            if clipped and not claimed:
                # "a vet surgical tech": the Veterinary Surgical Technician, a word of its title
                # cut short
                found.append(
                    Mention(tokens[start - 1].start, token.end, dict.fromkeys(clipped, PARTIAL))
                )
                continue
            if (
                (len(candidates) > 1 or index > start)
                and len(before) >= 5
                and before.isalpha()
                and not claimed
                and not everyday
                and all(self._summary_says(pid, before) for pid in candidates)
            ):
                # "a skydiving instructor" beside a Tandem and an AFF Instructor whose summaries
                # both speak of skydiving: one of them, to ask which; "the mosquito district
                # manager": two words of one title, and a word its summary uses ("leads a
                # mosquito and vector control district")
                found.append(
                    Mention(tokens[start - 1].start, token.end, dict.fromkeys(candidates, PARTIAL))
                )
                continue
            # "how do producers pick narrators": a verb between two workers' words
            verb = start > 1 and tokens[start - 2].text in self.heads and before not in self._titled
            # "who hires blasters" asks of the Quarry Blaster's employers, not "hire blasters"
            hiring = before in _HIRING and start > 1 and tokens[start - 2].text == "who"
            if (
                before.isalpha()
                and before not in _MAY_PRECEDE
                and not claimed
                and not everyday
                and not verb
                and not hiring
            ):
                if token.text in _CASUAL_HEADS:
                    # "the rug repair guy": a casual word for whoever does it, which names no
                    # role of its own; the words before it may still name one
                    continue
                # "data scientist" where only "Applied Scientist" exists: a role not in the corpus;
                # "real estate agents", all the title words before it
                first = start - 1
                while (
                    first > 0
                    and tokens[first - 1].start not in taken
                    and tokens[first - 1].text in self._titled
                ):
                    first -= 1
                found.append(Mention(tokens[first].start, token.end, {}))
                continue
            if before in PLAIN:
                # "a regular analyst": the Gaming Compliance Analyst, not the Senior one
                plain = {pid for pid in candidates if not self.title_tokens[pid] & _SENIORITY}
                candidates = plain or candidates
            if (
                before in _MASTERED
                and not any(before in self.title_tokens[pid] for pid in candidates)
                and any(self.title_tokens[pid] & (LEARNERS | _JOURNEY) for pid in candidates)
            ):
                # "a master electrician" beside an apprentice and a journeyman sign electrician:
                # the rank above them, which no profile covers
                found.append(Mention(tokens[start - 1].start, token.end, {}))
                continue
            if before in _QUALIFIED:
                # "once I'm a full groomer": the Pet Groomer, not the Apprentice Pet Groomer
                qualified = {pid for pid in candidates if not self.title_tokens[pid] & _SUPPORTING}
                if not qualified and before in _JOURNEY:
                    # "a journeyman electrician" beside an Apprentice Electrician alone: the
                    # role the apprentice works toward, which no profile covers
                    found.append(Mention(tokens[start - 1].start, token.end, {}))
                    continue
                candidates = qualified or candidates
            if len(candidates) == 2 and (start == index or token.text not in _GENERIC_HEADS):
                # "groomers" beside a Pet Groomer and a Mobile Pet Groomer: the plain one, whose
                # title the other's holds whole
                shorter, longer = sorted(candidates, key=lambda pid: len(self.title_tokens[pid]))
                extra = self.title_tokens[longer] - self.title_tokens[shorter]
                # "rink managers" beside a Skating Rink Assistant Manager: the manager
                below = extra <= _RANKS_BELOW
                if self.title_tokens[shorter] < self.title_tokens[longer] and (
                    below or not extra & (_SUPPORTING | _SENIORITY)
                ):
                    candidates = {shorter}
            found.append(
                Mention(tokens[start].start, token.end, {pid: scores[pid] for pid in candidates})
            )
        # "the lead patrollers": the Lead Ski Patroller, not a Blade Repair Lead inside it
        return [
            m
            for m in found
            if not any(
                o is not m
                and o.start <= m.start
                and m.end <= o.end
                and o.end - o.start > m.end - m.start
                for o in found
            )
        ]

    def _fits(self, word: str, pid: str) -> bool:
        """Whether a word before a head noun belongs to the role's title: the word itself, or a
        clipped or derived form of a title word ("conv AI designer", "quant researcher")."""
        if word in self.title_tokens[pid]:
            return True
        if (
            len(word) >= 4
            and word.isalpha()
            and word not in self._titled
            and word not in COMMON_WORDS  # "make artists obsolete" asks of no Makeup Artist
            and any(t.startswith(word) for t in canonical_text(self.titles[pid]))
        ):
            return True  # "cert pharmacy techs": a title word cut short
        if len(word) < 3 or not word.isalpha() or word in self._titled or word in self.common:
            return False  # another title's own word is that role's ("field tech apprentice")
        if word in self.stated_tokens[pid] and word not in COMMON_WORDS:
            return True  # "a cerakote tech": a word of the name the summary gives the role
        title = canonical_text(self.titles[pid])
        if len(word) == 3:
            # "vet assistant": three letters that begin the title word before the head
            return len(title) > 1 and title[-2].startswith(word)
        if _blends(word, title):
            return True  # "sped teacher" for a Special Education Teacher
        if len(word) >= 4 and any(t.endswith(word) and len(t) >= len(word) + 3 for t in title):
            return True  # "mill superintendent": the end of a Sawmill Superintendent's word
        return any(
            pid in self.owners.get(title_word, ()) and _derives(word, title_word)
            for title_word in self.title_tokens[pid]
        )

    def resolve_name(self, name: str) -> str | None:
        """A profile id for a page's role given as an id or a title, or None."""
        if name in self.titles:
            return name
        loose = self._loose_ids.get(_loose_slug(name), [])
        if len(loose) == 1:
            return loose[0]  # "fpa-analyst" for fp-and-a-analyst
        tokens = canonical(words(name))
        key = tuple(token.text for token in tokens)
        found = self.aliases.get(key)
        if found:
            best = Mention(0, len(tokens), dict(found)).best
            return best[0] if len(best) == 1 else None
        return None


_VOWELS = re.compile(r"[aeiouy]+")


def _loose_slug(name: str) -> str:
    """An id or title with its separators and any 'and' for '&' taken out."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"\band\b", "", re.sub(r"[-_&]", " ", name.lower())))


def _followed_by_group(tokens: list[Token], mention: Mention, plural: frozenset[int]) -> bool:
    after = next((t for t in tokens if t.start >= mention.end), None)
    return after is not None and after.start in plural and after.text in _GENERIC_HEADS


def _blends(word: str, title: tuple[str, ...]) -> bool:
    """Whether a word joins the beginnings of two adjacent title words ("sped" for special
    education, "fintech" for financial technology), at least two letters of each."""
    for first, second in itertools.pairwise(title):
        for cut in range(2, len(word) - 1):
            if first.startswith(word[:cut]) and second.startswith(word[cut:]):
                return True
    return False


def _made_of(word: str, title_word: str) -> bool:
    """Whether a word is the work of making or laying what a title word names: "brickmaking"
    of a Brick Plant's roles, "steelmaking"."""
    return len(title_word) >= 4 and word.removeprefix(title_word) in _WORK_OF_MAKING


_WORK_OF_MAKING = frozenset({"making", "laying", "work", "working"})


def _word_after(word: str, title: tuple[str, ...]) -> str:
    """The title's word after this one; empty where the word is last or not in the title."""
    at = title.index(word) if word in title else len(title)
    return title[at + 1] if at < len(title) - 1 else ""


def _modifies_a_thing(word: str, title: tuple[str, ...]) -> bool:
    """Whether a worker's word stands in a title only before a word for no worker: "driver"
    in Driver Education Program Manager, not "welder" in Welder Fabricator."""
    after = _word_after(word, title)
    return bool(after) and not _WORKER.search(after)


def derived_from(word: str, title_word: str) -> bool:
    """Whether a word names the work, or is a form, of a title word ("installing" of an
    Installer)."""
    return _derives(word, title_word)


def _derives(word: str, title_word: str) -> bool:
    """Whether a word is a clipped or derived form of a title word (quant, roboticist,
    labeler for labeling)."""
    if word.endswith("ed") and not title_word.endswith("ed"):
        return False  # "recommended" is a verb, not a Recommender Systems Engineer
    if (
        title_word.endswith("ing")
        and word in (title_word[:-3], f"{title_word[:-3]}e")
        and not _WORKER.search(word)
    ):
        return False  # "the schedule" is no Pet Care Scheduling Coordinator; an engineer is
    if _doing_not_doer(word, title_word):
        return False
    if word.endswith("ing") and not title_word.endswith("ing"):
        # "bookkeeping", "the editing one": the work a Bookkeeper or an Editor does, when the
        # two share a root; "how long is the training?" asks of schooling, not of a Trainer
        stem = word[:-3]  # "barbering" for a Barber, "nursing" for a Nurse
        return (
            word != "training"
            and len(stem) >= 4
            and stem in (title_word, _root(title_word), title_word.removesuffix("e"))
        )
    rest = word.removeprefix(title_word)
    if rest != word and len(rest) >= 4 and rest not in _ENDINGS and rest not in _NOUN_ENDINGS:
        return False  # a "microscope" is no Micro Pave Setter's "micro" made longer
    if word.endswith("ologist") and "olog" not in title_word:
        return False  # "an ophthalmologist" is no Ophthalmic Lens Design Engineer
    shared = len(os.path.commonprefix([word, title_word]))
    if (
        word.endswith("er")
        and title_word.endswith("er")
        and min(len(word), len(title_word)) - shared >= 4
    ):
        return False  # "a cheesemonger" is no Cheesemaker: two workers that begin alike
    if shared >= 4 and (shared == len(word) or shared >= len(title_word) - 2 or shared >= 7):
        return True
    root = _root(word)
    return len(root) >= 4 and root == _root(title_word)


_ENDINGS = ("ation", "ator", "ing", "ist", "ics", "ical", "ic", "ers", "er", "or", "al", "y")
# what a title's word may grow into and still be its own: "apprenticeship", "fellowships"
_NOUN_ENDINGS = frozenset({"ship", "ships", "hood", "ment", "ments", "ness", "ists", "ians"})


@lru_cache(maxsize=65_536)
def _root(word: str) -> str:
    """A word without one derivational ending: 'label' for labeler and labeling."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _names(profile: Profile) -> Iterable[tuple[str, float]]:
    yield profile.title, TITLE
    yield profile.id.replace("-", " "), TITLE
    if re.search(r"\w&\w", profile.title):
        yield re.sub(r"(?<=\w)&(?=\w)", "", profile.title), TITLE  # "FPA Analyst" for FP&A
    # "S&C Coach", and "O&M tech" for a Solar Operations & Maintenance Technician
    paired = re.search(r"\b(\w)\w* & (\w)\w* (.+)", profile.title)
    if paired:
        yield f"{paired[1]}&{paired[2]} {paired[3]}", ACRONYM
        yield from _as_tech(f"{paired[1]}&{paired[2]} {paired[3]}")
    for part in _conjuncts(canonical_text(profile.title)):
        yield " ".join(part), TITLE
    shared = re.fullmatch(r"([\w-]+) (?:&|and) ([\w-]+) (.+)", profile.title)
    if shared:
        # "a boot repair specialist", "boot repair" for a Boot & Leather Repair Specialist:
        # each word before "&" with the words the two share
        for one in (shared[1], shared[2]):
            yield f"{one} {shared[3]}", SHORTENED
            yield from _headless(f"{one} {shared[3]}")
    title_words = profile.title.split()
    yield from _as_tech(profile.title)  # "avionics tech", "NOC techs"
    if len(title_words) > 1 and "-" in title_words[-1]:
        # "food truck owners" for a Food Truck Owner-Operator: either half of a joined head
        for half in title_words[-1].split("-"):
            yield " ".join([*title_words[:-1], half]), SHORTENED
    kept = [w for w in title_words[:-1] if w.lower() not in _PLAIN_MIDDLES]
    if len(title_words) >= 3 and kept and len(kept) == len(title_words) - 2:
        # "HVAC tech" for an HVAC Service Technician, "guitar technician" for a Guitar Repair
        # Technician: the one word that says what kind of work the head does left out
        without = " ".join([*kept, title_words[-1]])
        yield without, SHORTENED
        yield from _as_tech(without)
    if len(title_words) >= 4 and all(w[:1].isalpha() for w in title_words):
        # "a usar handler" for an Urban Search and Rescue Canine Handler: the initials of the
        # words before the last two, then the head with or without the word before it
        front = "".join(w[0] for w in title_words[:-2]).upper()
        if len(front) >= 3 and canonical_text(front) == (front.lower(),):
            yield f"{front} {title_words[-1]}", ACRONYM
            yield f"{front} {' '.join(title_words[-2:])}", ACRONYM
            if len(front) >= 4 and front.lower() not in _EVERYDAY:
                yield front, HEADLESS
    initials = "".join(word[0] for word in title_words if word[:1].isalpha())
    # "MFT" for a Marriage & Family Therapist: the words joined by "&" or "and" count
    lettered = [w for w in title_words if w[:1].isalpha() and w.lower() != "and"]
    joined = "".join(word[0] for word in lettered)
    # "ABT" would be read as the chat spelling of "about": initials only where they stay as such
    spelled = canonical_text(initials) == (initials.lower(),)
    # "on set" is no Scuba Equipment Technician: initials that spell an everyday word are read
    # as the word (a profile that writes them out still gives them as its own short form)
    spelled = spelled and initials.lower() not in _EVERYDAY
    if len(title_words) >= 3 and len(initials) == len(title_words) and spelled:
        yield initials, ACRONYM  # "SRE" for Site Reliability Engineer
    elif len(lettered) >= 3 and len(title_words) > len(lettered):
        if canonical_text(joined) == (joined.lower(),):
            yield joined, ACRONYM
    elif (
        len(title_words) == 2
        and len(initials) == 2
        and initials.lower() not in COMMON_WORDS | _TWO_LETTER_WORDS
        and re.search(rf"\b{initials.upper()}s?\b", _own_text(profile))
    ):
        # "PAs" for Production Assistants, where the profile itself calls them so
        yield initials, TAIL
        yield f"{initials}s", TAIL
    if len(title_words) > 1 and [w.lower() for w in title_words[-2:]] in _MANAGED:
        # "PM" for a product, program or project manager; "AI PM" for an AI Product Manager.
        yield " ".join([*title_words[:-2], "PM"]), ACRONYM
        if len(title_words) > 2:
            yield "PM", ACRONYM
    # "an apprentice cheesemaker" for a Cheesemaker Apprentice, "a farrier apprentice" for an
    # Apprentice Farrier: the learner's word on either side
    if len(title_words) > 1 and title_words[-1].lower() in LEARNERS:
        yield " ".join([title_words[-1], *title_words[:-1]]), SHORTENED
        learner, trade = title_words[-1], title_words[:-1]
    elif len(title_words) > 1 and title_words[0].lower() in LEARNERS:
        yield " ".join([*title_words[1:], title_words[0]]), SHORTENED
        learner, trade = title_words[0], title_words[1:]
    else:
        learner, trade = "", []
    if learner and trade[-1].lower().endswith("ery"):
        # "an apprentice milliner" for a Millinery Apprentice: the worker of a craft in "-ery"
        worker = " ".join([*trade[:-1], trade[-1][:-1]])
        yield f"{learner} {worker}", SHORTENED
        yield f"{worker} {learner}", SHORTENED
    parts = [part for word in title_words[1:] for part in word.split("-") if part]
    if len(parts) >= 3 and len(parts) > len(title_words) - 1 and all(p.isalpha() for p in parts):
        # "medical SLP" for a Medical Speech-Language Pathologist: the first word, then the
        # initials of the rest, a hyphenated word's parts each
        yield f"{title_words[0]} {''.join(p[0] for p in parts).upper()}", ACRONYM
    if len(title_words) > 1 and title_words[0].lower() in _SENIORITY:
        yield " ".join(title_words[1:]), SHORTENED
        rest = title_words[1:]
        if len(rest) >= 3:
            # "senior CRA" for a Senior Clinical Research Associate
            yield f"{title_words[0]} {''.join(w[0] for w in rest)}", ACRONYM
    if len(title_words) >= 3 and all(w[:1].isalpha() for w in title_words):
        # "RA specialist" for a Regulatory Affairs Specialist, "hotel GM" for a Hotel General
        # Manager: the words before the head, or the last two, by their initials.
        leading = "".join(w[0] for w in title_words[:-1]).upper()
        if canonical_text(leading) == (leading.lower(),):  # "MGR" would read as "manager"
            shortened = f"{leading} {title_words[-1]}"
            yield shortened, ACRONYM
            yield from _headless(shortened)  # "is RA entry level"
        tail = f"{title_words[-2][0]}{title_words[-1][0]}"
        yield f"{' '.join(title_words[:-2])} {tail}", ACRONYM
        if tail.lower() not in COMMON_WORDS and canonical_text(tail) == (tail.lower(),):
            yield tail, TAIL  # "the GM" once the hotel is understood; "SR" is senior
    if len(title_words) > 1 and title_words[-1].lower() == "physician":
        yield " ".join([*title_words[:-1], "doctor"]), SHORTENED  # "a sleep medicine doctor"
    # "data engineering" for "Data Engineer": the field of work the title's head noun does.
    head = singular(title_words[-1].lower()) if title_words else ""
    if len(title_words) > 1 and head in _FIELDS_OF_WORK:
        yield " ".join([*title_words[:-1], _FIELDS_OF_WORK[head]]), SHORTENED
    for alternate in profile.alternate_titles:
        outside = _PARENTHESES.sub(" ", alternate).strip()
        yield outside, ALTERNATE
        for inside in _PARENTHESES.findall(alternate):
            yield inside, ALTERNATE
        yield from _headless(outside)
    yield from _headless(profile.title)
    kind = _KIND_STATED.match(profile.summary or "")
    if kind and _AGENT.search(kind["kind"].split()[-1].lower()):
        # "An Orthotist ... is an O&P clinician who ...": the kind of worker the summary says
        # the role is, where it names one of its own; shared with others, it asks which
        yield kind["kind"], ALTERNATE
    for stated in stated_names(profile):
        yield stated, ALTERNATE
        parts = stated.split()
        if len(parts) == 2 and all(part.isalpha() and part.islower() for part in parts):
            yield "".join(parts), ALTERNATE  # "fireboss" for a fire boss
        yield from _headless(stated)
        yield from _as_tech(stated)  # "I&T tech" for an I&T Technician


_POSSESSIVES = frozenset({"my", "your", "his", "her", "their", "our", "its"})
_ARTICLED = frozenset({"a", "an", "the", "about"})  # before a worker's words
# things whose names end as a worker's do: "the shop labor rate", "a sensor"
_THINGS = frozenset(
    {"labor", "labour", "color", "colour", "floor", "door", "motor", "sensor", "error", "mirror",
     "factor", "tractor", "harbor", "harbour", "flavor", "vapor", "armor", "meter", "filter",
     "chamber", "timber", "rubber", "copper", "powder", "trailer", "container", "computer",
     "corridor", "elevator", "radiator", "generator", "calculator", "interior"}
)  # fmt: skip
# short for a representative: "flooring sales reps"
_REPS = frozenset({"rep", "reps"})
# the last words of other names that name no worker alone
_NOT_ALONE = frozenset({"lead", "hand", "crew"})


def _as_tech(name: str) -> Iterable[tuple[str, float]]:
    """A technician's or technologist's name with "tech" for that word, last or before a
    learner's."""
    named = name.split()
    if len(named) > 1 and named[-1].lower() in ("technician", "technologist"):
        yield " ".join([*named[:-1], "tech"]), SHORTENED
    if len(named) > 2 and named[-2].lower() in ("technician", "technologist"):
        # "motorcycle tech apprentice" for a Motorcycle Technician Apprentice
        yield " ".join([*named[:-2], "tech", named[-1]]), SHORTENED


# "An Orthotist, also called a certified orthotist (CO), is an O&P clinician who": a kind of
# worker with a name of its own (a capital or an ampersand in it), not "a skilled worker"
_KIND_STATED = re.compile(
    r"^(?:A|An|The) [^.;:]*?\bis an? (?P<kind>(?=[^ ]*[A-Z&])[\w&'-]+ [a-z]+) (?:who|that)\b"
)
_STATED = re.compile(
    r"\b(?:(?:also|sometimes|often|commonly|usually|widely|generally|informally|better) "
    r"(?:just |simply )?"
    r"(?:called|known as|referred to as|titled|(?P<short>shortened to|abbreviated(?: to| as)?))"
    # "known on most farms as a grow tech"
    r"|known (?:on|in|at|among|to) (?:\w+ ){1,3}?as"
    # "also written watermaster", "known in the trade by the French term archetier"
    r"|(?P<spelled>also (?:written|spelled|spelt)"
    r"|known (?:on|in|at|among|to) (?:\w+ ){1,3}?by the (?:\w+ )?(?:term|name))"
    # "employers also call it ...", "universities often call the role Glass Shop Manager"
    r"|[a-z]{2,}s (?:also |often |sometimes |simply |just |usually )?"
    r"(?:call|title) (?:it|them|the role|the job|the position)"
    # "A Sign Language Interpreter, usually an ASL interpreter, ..."
    r"|(?P<usually>usually|commonly|typically)(?= an? ))"
    r"\s+(?P<names>(?:[^.;:()]|\([^()]*\))+)",
    re.IGNORECASE,
)
_ARTICLE = re.compile(
    r"^(?:(?:or|and)\s+)?(?:(?:simply|just|sometimes|often|informally|colloquially)\s+)?"
    r"(?:an?|the)\s+",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"[A-Z][A-Za-z]?[A-Z]{0,4}")


def stated_names(profile: Profile) -> list[str]:
    """Other names the profile's own text gives the role: 'A Sales Engineer, also called a
    Solutions Engineer or Pre-Sales Engineer, ...' gives both. Only names ending in the title's
    own kind of word (engineer, analyst, ...) count, so the rest of the sentence is left out."""
    head = singular(profile.title.split()[-1].lower()) if profile.title.split() else ""
    initials = "".join(word[0] for word in profile.title.split()).upper()
    texts = [profile.summary or "", *(pair.answer for pair in profile.faq)]
    names: list[str] = []
    for text in texts:
        for match in _STATED.finditer(text):
            # "a Registered Dietitian Nutritionist (RDN or RD)": the brackets' "or" is theirs
            # "a deck boss or, on some boats, the bosun": "or" before a comma too
            pieces = re.split(
                r"(,\s*|\s+or(?:\s+|,\s*)|\s+and\s+)(?![^()]*\))", match.group("names")
            )
            parts, after_comma = pieces[::2], [False, *(p.startswith(",") for p in pieces[1::2])]
            # "(also called an electric, lamp operator, or juicer)": the brackets hold names
            # only, so a word not read as one does not end the list
            bracketed = text[match.end() : match.end() + 1] == ")"
            before: list[str] = []
            for place, part in enumerate(parts):
                # "a learning experience designer (LXD)": the short form given beside it.
                given = [
                    short
                    for inside in _PARENTHESES.findall(part)
                    for short in re.split(r",\s*|\s+or\s+", inside)
                    if _ACRONYM.fullmatch(short)
                ]
                name = _ARTICLE.sub("", _PARENTHESES.sub(" ", part).strip())
                name = re.sub(r"^(?:or|and)\s+", "", name)  # ", or juicer"
                if re.match(r"(?:on|in|at|for|with|by|from)\s", name):
                    continue  # "or, on large catcher-processors, the chief engineer"
                qualified = re.match(r"(\S+(?:\s+\S+){1,3}?)\s+in\s+\S.*$", name)
                if (
                    qualified
                    and _AGENT.search(qualified.group(1).split()[-1].lower())
                    and not qualified.group(1).split()[0].lower().endswith("s")
                ):
                    # "a medical laboratory scientist (MLS) in blood banking": the worker
                    name = qualified.group(1)
                tokens = name.split()
                spelled_out = [
                    inside
                    for inside in _PARENTHESES.findall(part)
                    if inside.split() and _same_kind(singular(inside.split()[-1].lower()), head)
                ]
                spelled_by = [
                    short
                    for short in given
                    if short.upper() == "".join(w[0] for w in re.split(r"[\s-]+", name)).upper()
                ]
                if name == initials and len(name) >= 2:
                    found = [name]  # "or simply an ID" for an Instructional Designer
                elif spelled_by and len(re.split(r"[\s-]+", name)) >= 2:
                    # "an operator-in-training (OIT)": a name whose initials are given beside it
                    found = [name, *given]
                elif len(tokens) == 1 and _ACRONYM.fullmatch(name) and spelled_out:
                    # "often called an LMT (licensed massage therapist)": both
                    found = [name, *spelled_out]
                elif (
                    2 <= len(tokens) <= 5
                    and (
                        _same_kind(singular(tokens[-1].lower()), head)
                        # "often shortened to bridal MUA": a short form, said as such
                        or (match.group("short") and _ACRONYM.fullmatch(tokens[-1]) is not None)
                        # "BAS PM" for a Building Automation Project Manager: the initials of
                        # the title's last words
                        or (
                            tokens[-1].isupper()
                            and len(tokens[-1]) >= 2
                            and tokens[-1]
                            == "".join(w[0] for w in profile.title.split()[-len(tokens[-1]) :])
                        )
                        # "sometimes titled Director of Fleet Operations"
                        or (
                            len(tokens) >= 3
                            and tokens[1] == "of"
                            and _same_kind(singular(tokens[0].lower()), head)
                            and all(t[:1].isupper() for t in (tokens[0], *tokens[2:]))
                        )
                        # "also called a director of agronomy" for a Golf Course Superintendent
                        or (
                            3 <= len(tokens) <= 4
                            and tokens[1] == "of"
                            and tokens[0].lower() in {"director", "head", "chief", "manager"}
                        )
                        # "usually a two-year associate degree" names no role; "also known as an
                        # outdoor power equipment (OPE) technician" does, first in the list
                        or (
                            len(tokens) <= (5 if place == 0 else 3)
                            # "..., repairs lawn mowers": a verb, the list of names over
                            and not (after_comma[place] and tokens[0].lower().endswith("s"))
                            and _AGENT.search(tokens[-1].lower())
                            and not match.group("usually")
                        )
                        # "a cellar hand or cellar rat": the word the name before began with
                        or (
                            len(tokens) == len(before) == 2
                            and tokens[0].lower() == before[0].lower()
                            and not after_comma[place]
                        )
                    )
                ):
                    found = [name, *given]
                elif (
                    len(tokens) == 1
                    and not match.group("usually")
                    # "a rouseabout or roustabout": an article before the first, or a
                    # spelling given as such ("also written watermaster")
                    and (name != part.strip() or place > 0 or match.group("spelled"))
                    # a worker's word, or one of two single words given as one another's
                    # "often called a liftie": the "-ie" of a nickname is a worker's too
                    and (
                        _AGENT.search(name.lower())
                        or (name.islower() and name.endswith("ie") and len(name) >= 5)
                        or _paired(parts, after_comma, place)
                        # "A Floorhand, often called a roughneck, works ...": the summary's
                        # first name for the role, whatever its ending, where it stands alone
                        # ("a micropropagation or flasking technician" is a kind of technician)
                        or (
                            text == profile.summary
                            and place == 0
                            and name.isalpha()
                            and (place + 1 == len(parts) or after_comma[place + 1])
                        )
                    )
                    and not name.lower().endswith("s")
                    and name.lower() not in COMMON_WORDS
                ):
                    found = [name, *given]  # "also called a cosmetologist", "a rouseabout"
                elif (
                    len(tokens) == 1
                    and name.isupper()
                    and _ACRONYM.fullmatch(name)
                    and len(name) >= 2
                    and name.lower() not in COMMON_WORDS
                    and not match.group("usually")  # "typically a BSN"
                ):
                    found = [name]  # "often shortened to PCT or patient care tech"
                elif (
                    len(tokens) == 1
                    and name.isalpha()
                    and place + 1 < len(parts)
                    and not after_comma[place + 1]
                    and len(following := _ARTICLE.sub("", parts[place + 1].strip()).split()) >= 2
                    and _same_kind(singular(following[-1].lower()), head)
                ):
                    # "a sworn or judiciary interpreter": the head the next name ends in; "crown
                    # and bridge technician" is also one name whole
                    found = [f"{name} {following[-1]}"]
                    joined = pieces[2 * place + 1].strip()
                    if joined == "and":
                        found.append(f"{name} and {_ARTICLE.sub('', parts[place + 1].strip())}")
                elif bracketed and place + 1 < len(parts) and after_comma[place + 1]:
                    before = []
                    continue
                else:
                    break  # the list of names has ended
                before = tokens
                for each in found:
                    if each.lower() != profile.title.lower() and each not in names:
                        names.append(each)
    # The summary and the profile's own answers ("What does an OT actually do?" answered with
    # "An Occupational Therapist (OT, or OTR/L once registered) ...") give them alike.
    own = "\n".join(texts)
    # "An HR Business Partner (HRBP) is ...": the short form given beside the title.
    # "A Spacecraft Integration & Test Technician (I&T Technician) ...", "(PMU artist)": a
    # shorter name too.
    for given in re.findall(
        rf"\b{re.escape(profile.title)}\s*\(([A-Z][A-Za-z&]{{1,7}}(?: [A-Za-z][a-z]+){{0,2}})\)",
        own,
    ):
        tokens = given.split()
        shorter = len(tokens) == 1 or _same_kind(singular(tokens[-1].lower()), head)
        if shorter and given not in names:
            names.append(given)
    # "A Student Transportation Routing Specialist, or bus router, designs ...", "An ATM Field
    # Service Technician (ATM tech, or field service engineer) repairs ...": names given aside
    for aside in re.findall(
        rf"\b{re.escape(profile.title)}(?:, or ([^,.;()]+),| \(([^()]+)\))", own
    ):
        for place, part in enumerate(re.split(r",\s*(?:or\s+)?|\s+or\s+", "".join(aside))):
            name = _ARTICLE.sub("", part.strip())
            tokens = name.split()
            kind = singular(tokens[-1].lower()) if tokens else ""
            # "An Able Seaman (AB, or able seafarer deck) ...": the short form first
            if (
                place == 0
                and name.isupper()
                and _ACRONYM.fullmatch(name)
                and len(name) >= 2
                and name.lower() not in COMMON_WORDS
            ):
                if name not in names:
                    names.append(name)
                continue
            if (
                # "A Farrier (horseshoer) ...": one word too, if it is a worker's
                (
                    2 <= len(tokens) <= 4
                    or (name == "".join(aside).strip() and name.isalpha() and _AGENT.search(kind))
                )
                and not _STATED.match(part.strip())  # the names after "also called" are above
                and (_same_kind(kind, head) or _AGENT.search(kind) or kind in _SHORT_HEADS)
                and name not in names
                and name.lower() != profile.title.lower()
            ):
                names.append(name)
    return names


# People a role serves or meets, whose words end as a worker's do: "can they pierce minors?"
NOT_WORKERS = frozenset(
    {"minor", "customer", "member", "visitor", "patron", "consumer", "passenger", "spectator"}
)
# a worker's short word for the head of the title: "an ATM tech"
_SHORT_HEADS = {"tech", "techs", "op", "ops", "rep", "reps"}


# The endings of words for people who do a job: "an AI tutor", "an HR coordinator".
def _own_text(profile: Profile) -> str:
    """The profile's summary, duties and answers, where it may call the role by a short name."""
    return " ".join(
        [profile.summary or "", *profile.duties, *(pair.answer for pair in profile.faq)]
    )


# Two letters that are words of their own, never a title's initials
_TWO_LETTER_WORDS = {
    "am", "an", "as", "at", "be", "by", "do", "go", "he", "hi", "if", "in", "is", "it", "me",
    "my", "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we", "ya", "yo", "ur",
}  # fmt: skip
_WORKER = re.compile(r"(?:ist|ian|er|or)s?$")
# a worker named for a field or a quality ("electrician"), unlike one named for a task ("scooper")
_LEARNED_WORKER = re.compile(r"(?:ist|ian)s?$")
# words that can only be a worker, where "-er" may be a thing ("a cell tower", "GPU clusters")
NAMED_WORKER = re.compile(r"(?:ist|ian|or|man|men|gineer|tioneer|taineer)s?$")
# words that name a worker whatever they stand before
_WORKER_WORDS = (
    "pilot|mechanic|medic|smith|wright|nurse|clerk|chef|cook|guard|representative|executive"
    "|detective"
)
_NAMED_AGENT = re.compile(rf"(?:{_WORKER_WORDS})s?$")
# the words for a job after a worker's word: "fiber splicer jobs"
_JOB_NOUNS = frozenset({"job", "role", "position", "career"})


def names_a_worker(word: str) -> bool:
    """Whether a word can only be a worker: "graphologist", "engineer", "pilot"."""
    return bool(NAMED_WORKER.search(word) or _NAMED_AGENT.search(word))


_NOT_DONE = "".join(
    f"(?<!{ending})" for ending in ("m", "ev", "cont", "incid", "accid", "perc", "curr", "compon")
)
_AGENT = re.compile(
    # "-ent" of an agent or a superintendent, not of an event, a document or equipment
    rf"(?:er|or|ier|ist|ant|ian|ee|{_NOT_DONE}ent|eur|{_WORKER_WORDS}|aide"
    r"|hand|lad|crew|maid|lead|man|men|boss)s?$"  # "a stable hand or stable lad", "bondsman"
    # "a ballet mistress or répétiteur"
    r"|(?:mistress|hostess|waitress|actress|seamstress|stewardess|governess)(?:es)?$"
)


def _spelled_title(title: tuple[str, ...]) -> list[str]:
    """A title's canonical words, and any single letter joined to the word after it
    ("ecommerce" for "e commerce")."""
    return [*title, *(a + b for a, b in itertools.pairwise(title) if len(a) == 1)]


def _one_group(
    short: str, groups: set[str], tracks: set[str], families: dict[str, set[str]]
) -> str | None:
    """The group a short name stands for, or None when it fits several alike: the family
    whose name begins with it ("environmental" for Environmental & Sustainability rather than
    its Environmental Compliance track), the family of two or more of its tracks that go by
    it ("security" for Security Operations and Offensive Security), else the one track
    ("insurance" for Insurance Operations, not Finance & Insurance)."""
    if len(groups) == 1:
        return next(iter(groups))
    siblings = groups & tracks
    shared = {family for family, own in families.items() if len(siblings) > 1 and siblings <= own}
    if len(shared) == 1:
        return shared.pop()
    leading = {g for g in groups - tracks if " ".join(canonical_text(g)).startswith(f"{short} ")}
    if len(leading) == 1:
        return leading.pop()
    narrow = groups & tracks
    return narrow.pop() if len(narrow) == 1 else None


def _shorter_groups(key: tuple[str, ...]) -> Iterable[str]:
    """'research' for 'AI Research'."""
    while len(key) > 1 and key[0] in _TRACK_PREFIXES and key[1] != "and":
        key = key[1:]
        yield " ".join(key)


def _names_its_work(key: tuple[str, ...]) -> bool:
    """Whether a three-word group name's last word names its work."""
    return "and" not in key and singular(key[-1]) not in _PLAIN_TAILS


def _group_parts(key: tuple[str, ...]) -> Iterable[str]:
    """'education' and 'learning technology' for 'Education & Learning Technology'."""
    if "and" in key:
        at = key.index("and")
        first = key[:at]
        for part in (" ".join(first), " ".join(key[at + 1 :])):
            if len(part) >= 3 and part not in _TRACK_PREFIXES:
                yield part
        if len(first) > 1 and len(first[0]) >= 4 and first[0] not in COMMON_WORDS:
            yield first[0]  # "hemp" for "Hemp Farming & CBD Extraction"
    elif len(key) > 1 and (len(key[0]) >= 4 or key[0].isdigit()) and key[0] not in COMMON_WORDS:
        yield key[0]  # "healthcare" for "Healthcare Operations"
        if len(key) > 2 and key[-1] in _PLAIN_TAILS:
            yield " ".join(key[:-1])  # "cyber security" for "Cybersecurity Operations"


def _within(shorter: str, longer: str) -> bool:
    """Whether every letter of one word is in the other, in order."""
    letters = iter(longer)
    return all(letter in letters for letter in shorter)


def _same_kind(word: str, head: str) -> bool:
    """'analyst' for an analyst, 'tech' for a technician, 'practitioner' for a specialist."""
    if word == head or (len(word) >= 3 and head.startswith(word)):
        return True
    return word in _PRACTITIONERS and head in _PRACTITIONERS


LEARNERS = frozenset({"apprentice", "intern", "trainee"})  # titles of those learning a role
_IN_TRAINING = [["in", "training"], ["in", "train"]]
# Titles that support or learn the work of another: not "a full editor", and a worker named
# after the work ("optometrist", "librarian") is someone else than one of them
_SUPPORTING = LEARNERS | {"assistant", "aide", "helper", "technician", "clerk", "attendant"}
# The last words of group names that say little of the work
_PLAIN_TAILS = {"operation", "service", "support", "management", "administration"}
# words inside a title that say only how its head works: the HVAC Service Technician
_PLAIN_MIDDLES = {"service", "repair", "maintenance", "field"}
_TECH = "technical"
# words that make another role of a title: the Cruise Director's deputy is not the Cruise Director
_RANKS = {"assistant", "associate", "deputy", "vice", "chief", "head"}
# workers of a rank or profession of their own, whatever field words come before them
# one word spelt two ways, more than a letter apart: a title may use either
_SPELLING_PAIRS = (
    ("racket", "racquet"), ("jewellery", "jewelry"), ("tyre", "tire"), ("aluminium", "aluminum"),
    ("grey", "gray"), ("plough", "plow"), ("mould", "mold"), ("kerb", "curb"),
    ("programme", "program"), ("catalogue", "catalog"), ("draught", "draft"),
)  # fmt: skip
_SPELLINGS = {a: b for pair in _SPELLING_PAIRS for a, b in (pair, pair[::-1])}
_OTHER_RANKS = frozenset(
    {"scientist", "technologist", "engineer", "physician", "doctor", "nurse", "manager",
     "director", "supervisor", "assistant", "aide", "inspector", "analyst", "designer",
     "consultant", "coordinator", "administrator", "officer", "pharmacist", "therapist",
     # "a blood bank CEO": the officers who run a business
     "ceo", "cfo", "coo", "cto", "cio", "president", "owner", "founder"}
)  # fmt: skip
# "a regular locksmith": the role itself, set apart from its ranks
PLAIN = {"regular", "normal", "ordinary", "standard", "plain", "basic"}
# the words of titles that lead others
_LEADERS = frozenset(
    {"manager", "director", "supervisor", "lead", "head", "chief", "foreman", "superintendent",
     "captain", "master", "coordinator", "officer", "principal", "senior"}
)  # fmt: skip
_RANKS_BELOW = frozenset({"assistant", "associate", "deputy"})  # before the head: a lower rank


_PLACED = {"at", "in", "near", "around", "inside", "outside"}  # "a job at a zoo": a place
_BEFORE_QUALIFIER = {"a", "an", "the", "for", "about", "do", "does", "are"}
_DETERMINERS = {"the", "a", "an", "this", "that", "my", "your", "their"}


def names_the_work(word: str, title_word: str) -> bool:
    """Whether a word names a title word, or the work its doer does: "drilling" for a
    Driller, "dispatch" for a Dispatcher."""
    return (
        word == title_word
        or (word.endswith("ing") and _derives(word, title_word))
        or _the_work(word, title_word)
    )


def _the_work(word: str, title_word: str) -> bool:
    """Whether a title word is the doer of the word: 'programmer' of 'program'."""
    rest = title_word[len(word) :] if title_word.startswith(word) else ""
    doubled = rest[:1] == word[-1:] and rest[1:] in ("er", "ing")
    return bool(rest) and (rest in _AGENT_ENDINGS or doubled)


def _doing_not_doer(word: str, name: str) -> bool:
    """'can they specialize?' asks of the work, not of a Specialist."""
    return word.endswith(("ize", "izes", "ise", "ises")) and name.endswith(("ist", "ists"))


def _paired(parts: list[str], after_comma: list[bool], place: int) -> bool:
    """Whether a single word of a list of names has a single word beside it, joined by "or"
    or "and": "a rouseabout or roustabout"."""
    beside = [place - 1, place + 1]
    return any(
        0 <= other < len(parts)
        and not after_comma[max(place, other)]
        and len(_ARTICLE.sub("", parts[other].strip()).split()) == 1
        for other in beside
    )


# Short everyday words that a title's initials may spell
_EVERYDAY = COMMON_WORDS | frozenset({
    "act", "add", "age", "aid", "aim", "air", "arm", "art", "bag", "bar", "bat", "bed", "bet",
    "bin", "bit", "box", "boy", "bus", "buy", "cab", "cap", "car", "cat", "cop", "cow", "cry",
    "cup", "cut", "dad", "den", "dig", "dog", "dot", "dry", "due", "ear", "eat", "egg", "end",
    "era", "eye", "fan", "fat", "fee", "fit", "fix", "fly", "fog", "fun", "fur", "gap", "gas",
    "gem", "gym", "hat", "hen", "hit", "hog", "hop", "hot", "hug", "ice", "ink", "jam", "jar",
    "jet", "joy", "key", "kid", "kit", "lab", "lap", "law", "lay", "leg", "lid", "lie", "lip",
    "log", "mad", "man", "map", "mat", "men", "met", "mix", "mob", "mom", "mop", "mud", "mug",
    "nap", "net", "nut", "oak", "oil", "old", "pad", "pan", "pat", "pen", "pet", "pie", "pig",
    "pin", "pit", "pop", "pot", "pub", "put", "rag", "ram", "ran", "rat", "raw", "red", "rib",
    "rid", "rig", "rim", "rip", "rob", "rod", "row", "rub", "rug", "run", "sad", "sap", "saw",
    "sea", "set", "sew", "sit", "ski", "sky", "sob", "son", "spa", "spy", "sub", "sum", "sun",
    "tab", "tag", "tan", "tap", "tar", "tax", "tea", "tie", "tin", "tip", "toe", "ton", "toy",
    "tub", "tug", "van", "vet", "war", "web", "wet", "win", "wit", "won", "yam", "zip",
})  # fmt: skip
_DOERS = frozenset({"they", "you", "u", "i", "we", "he", "she", "one"})
_AUXILIARIES = frozenset({"do", "does", "did", "will", "would", "can", "could", "should"})
_BECOMING = frozenset({"become", "becomes", "becoming", "be", "been"})


def _a_tech(tokens: list[Token], index: int) -> bool:
    """'what does a tech make?': a technician, where 'tech' alone is mostly 'technical' ('tech
    jobs', 'tech skills'): after an article, and not before another word of what it names."""
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    # "before an apprentice becomes a tech" is said of the one becoming it
    becoming = index > 1 and tokens[index - 2].text in _BECOMING
    return (
        index > 0
        and not becoming
        and tokens[index - 1].text in ("a", "an", "the")
        and after not in _GENERIC_HEADS
        and after not in _TECH_NOUNS
    )


# what "tech" is the technical of: "a tech company", "the tech industry"
_TECH_NOUNS = {
    "company", "industry", "sector", "firm", "startup", "field", "world", "stack", "skill",
    "support", "side", "giant", "worker", "interview", "background",
}  # fmt: skip
_QUALIFIED = {
    "full", "fully", "qualified", "certified", "licensed", "real", "actual", "proper",
} | _JOURNEY  # fmt: skip
_PRACTITIONERS = {"specialist", "practitioner", "professional", "expert"}


def _headless(name: str) -> Iterable[tuple[str, float]]:
    """'IT support' for 'IT Support Specialist', 'infosec' for 'Information Security Analyst',
    'MLOps' for 'MLOps Engineer'."""
    shorter = " ".join(name.split()[:-1])
    tokens = canonical_text(shorter)
    acronym = len(shorter.split()) == 1 and sum(c.isupper() for c in shorter) >= 2
    if acronym and tokens and (tokens[0] in _TOO_SHORT or tokens[0] in COMMON_WORDS):
        return  # "IS Manager" must not make every "is" a role
    if len(tokens) >= 2 or (len(tokens) == 1 and (tokens[0] in _SHORT_FORMS or acronym)):
        yield shorter, HEADLESS
    first = name.split()[0] if len(name.split()) > 2 else ""
    first_tokens = canonical_text(first)
    if (
        re.fullmatch(r"[A-Z]{2,4}", first)
        and len(first_tokens) == 1
        and first_tokens[0] not in _TOO_SHORT | COMMON_WORDS
    ):
        yield first, HEADLESS  # "EV" for an EV Service Technician: "and for electric cars?"


def _conjuncts(title: tuple[str, ...]) -> list[tuple[str, ...]]:
    """'market research analyst and marketing specialist' -> both halves, and the whole."""
    parts: list[tuple[str, ...]] = []
    current: list[str] = []
    for token in title:
        if token == "and" and current:
            parts.append(tuple(current))
            current = []
        else:
            current.append(token)
    if current:
        parts.append(tuple(current))
    if len(parts) > 1 and all(len(part) > 1 for part in parts):
        return parts
    return [title]
