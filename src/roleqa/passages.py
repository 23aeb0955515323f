"""Passage answers: the best matching chunk for a question no field fits, or none."""

from __future__ import annotations

import math
import re
from collections import Counter

from roleqa.chunking import AI_SECTION, FAQ_SECTION, Chunk
from roleqa.embedding import Embedder
from roleqa.index import Hit, Index
from roleqa.language import SAME_WORD, canonical_text, related

# Cosine below which a passage is not an answer; a question already tied to a role may match
# its own profile more loosely. Without rare words to check, only a close passage will do.
FLOOR = 0.4
FLOOR_WITH_ROLE = 0.3
FLOOR_UNCHECKED = 0.55
# for a passage of the role's own holding every rare word of the question that any passage uses
FLOOR_KNOWN_WORDS = 0.4
HELD = 0.5
HELD_WITH_ROLE = 0.34
# Within a role's own profile, a passage holding every rare word of the question may be far in
# meaning: "is climbing involved?" and "... climb poles in all weather".
FLOOR_ALL_HELD = 0.15
# ... and one holding a word few passages have needs no nearness at all: "do they have to work
# nights?" and "12-hour shifts that include nights" in the salary answer.
RARE = 3.0
# ... and one holding every rare word that some passage uses, each this rare, when the
# question has at most one word no passage uses: "do FOMs decide on overbooking?"
RARE_ALONE = 4.5
# Within a role's own profile, a passage this near in meaning answers even when it words
# things differently: "do u live on the boat?" and "living aboard the vessel".
FLOOR_NEAR_OWN = 0.45
# ... but where no passage anywhere uses any of the question's rarer words, only one far nearer
# answers: "do forensic toxicologists get a pension?" is not "Do forensic toxicologists work
# with dead bodies?"
FLOOR_NEAR_UNSAID = 0.7
# Across every profile, a passage holding nearly all of them may be a little further off:
# "who writes the finding aids in an archive?"
FLOOR_MOSTLY_HELD = 0.3
MOSTLY = 0.75
# Within a role's own profile, one of its own questions that stands this far above every other
# passage of the profile answers, though far in words: "can i do this somewhere other than a
# hospital?" and "Can phlebotomists work outside hospitals?"
STANDS_OUT = 0.12
FLOOR_STANDS_OUT = 0.25
# A passage giving a figure in the units a "how heavy" question asks for: the figure is the
# sign, so it need barely be near in meaning ("how heavy is the lifting?" and a skill line
# "Lifting and carrying 50 lb hot boxes").
FLOOR_MEASURED = 0.02


def asks(chunk: Chunk, asked: re.Pattern[str]) -> bool:
    """Whether a passage is one of the profile's own questions that the pattern finds."""
    return bool(asked.search(_question(chunk).lower()))


def on_ai(chunk: Chunk) -> bool:
    """Whether a passage is the profile's AI outlook, in its own section or as the answer to
    its own question on AI ("What is the AI Disruption Outlook for ...?")."""
    return chunk.section == AI_SECTION or re.search(r"\bAI\b", _question(chunk)) is not None


def _question(chunk: Chunk) -> str:
    """The profile's own question a passage answers; empty for a passage of another section."""
    return chunk.text.split("\n")[0] if chunk.section == FAQ_SECTION else ""


# what else names software in a profile's lines
_SOFTWARE = ("system", "program", "platform", "app", "application")


class PassageFinder:
    """Finds a passage that answers a question: close by meaning and holding its rare words."""

    def __init__(self, index: Index, embedder: Embedder, ignored: set[str]) -> None:
        self.index = index
        self.embedder = embedder
        self.ignored = ignored
        # Each passage's words by their first four letters: a form of a word shares at least
        # those, so only they are compared.
        self.frequency: Counter[str] = Counter()
        self._passage_words: dict[str, dict[str, list[str]]] = {}
        # each passage in canonical words, for questions about the words a profile uses
        self.texts: dict[str, str] = {}
        # Three-letter initials the passages write in capitals ("EMT", "CDL"): rare words too,
        # where other three-letter words ("end", "day") are not.
        self.initials = {
            word.lower() for chunk in index.chunks for word in _INITIALS.findall(chunk.text)
        }
        for chunk in index.chunks:
            tokens = canonical_text(chunk.text)
            self.texts[chunk.id] = f" {' '.join(tokens)} "
            found = set(tokens)
            self.frequency.update(found)
            by_prefix: dict[str, list[str]] = {}
            for word in found:
                by_prefix.setdefault(word[:4], []).append(word)
            self._passage_words[chunk.id] = by_prefix
        self._counts_by_prefix: dict[str, list[tuple[str, int]]] = {}
        for word, count in self.frequency.items():
            self._counts_by_prefix.setdefault(word[:4], []).append((word, count))
        self._rarity: dict[str, float] = {}
        # the rarity of a word no passage holds
        self._unused = math.log(len(index.chunks) + 1) + 1

    def find(self, text: str, profile_id: str | None) -> tuple[Hit | None, float]:
        """The best supported passage (within the profile's own when one is given) and its score."""
        hits = self._own(text, profile_id) if profile_id else []
        hits = hits or self.index.search(self.embedder.embed([text])[0], k=10)
        # how the site researched its profiles answers nothing about the role itself
        hits = [hit for hit in hits if hit.chunk.section != "Methodology"]
        weights = {word: self.rarity(word) for word in self._rare(text)}
        # Within a role's own profile a third of the question's rare words will do: "what
        # modelling approach do they use?" on an Analytics Engineer's page.
        floor = FLOOR_WITH_ROLE if profile_id else FLOOR
        least = HELD_WITH_ROLE if profile_id else HELD
        closest = max((hit.score for hit in hits), default=0.0)
        standout = _standout(hits) if profile_id else None
        if weights:
            rare = max(weights.values()) >= RARE
            shares = [(round(self._held(weights, hit), 2), hit) for hit in hits]
            # Of the close passages holding enough of the rare words, the one holding most,
            # then the closer of those that tie.
            used = {w: r for w, r in weights.items() if r < self._unused}
            unused = len(weights) - len(used)
            rare_used = bool(used) and min(used.values()) >= RARE_ALONE and unused <= 1
            supported = [
                (share, hit.score, hit)
                for share, hit in shares
                if (share >= least and hit.score >= _floor(share, floor, bool(profile_id), rare))
                or (
                    profile_id
                    and hit.score
                    >= (FLOOR_NEAR_UNSAID if unused == len(weights) else FLOOR_NEAR_OWN)
                    and _asked(hit)
                )
                or (profile_id and rare_used and self._held(used, hit) >= 1)
                # "what frequencies do they screen at?" where no passage says "frequency": a
                # close passage of the role's own holding every word the profiles do use
                or (
                    profile_id
                    and used
                    and unused
                    and hit.score >= FLOOR_KNOWN_WORDS
                    and self._held(used, hit) >= 1
                )
            ]
        else:
            supported = [(1.0, hit.score, hit) for hit in hits if hit.score >= FLOOR_UNCHECKED]
        if standout is not None and not supported:
            supported = [(1.0, standout.score, standout)]
        if not supported:
            return None, closest
        opening = _OPENING.match(text.lower())
        same = [
            found
            for found in supported
            if opening and _question(found[2].chunk).lower().startswith(opening.group(0))
        ]
        # "how often does the IDG meet?": the profile's own "How often does the
        # interdisciplinary team review each patient?" over a duty holding more of its words
        best = max(same or supported, key=lambda found: found[:2])[2]
        return best, best.score

    def holding(self, text: str, profile_id: str) -> Hit | None:
        """The closest passage of a profile that holds most of the question's rare words, if
        it is near enough in meaning; else None."""
        rare = self._rare(text)
        if not rare:
            return None
        weights = {word: self.rarity(word) for word in rare}
        # one holding all of them may be further off, as in `find`: "do night shifts pay
        # more?" and "Shift differentials for night and weekend firings" in the pay answer
        rarest = max(weights.values()) >= RARE
        for hit in self._own(text, profile_id):
            share = self._held(weights, hit)
            if (
                share >= HELD
                and hit.score >= _floor(share, FLOOR_WITH_ROLE, True, rarest)
                and hit.chunk.section != "Methodology"
            ):
                return hit
        return None

    def near(self, text: str, profile_id: str) -> Hit | None:
        """The closest passage of a profile if it is close in meaning whatever its words ("do I
        have to work on Saturdays?" and "Does a Front Desk Agent work weekends?"); else None."""
        hits = self._own(text, profile_id)
        return hits[0] if hits and hits[0].score >= FLOOR_NEAR_OWN and _asked(hits[0]) else None

    def lasting(self, text: str, profile_id: str) -> Hit | None:
        """The closest passage of a profile that states a length of time, for "how long is
        the apprenticeship?"; None when no passage of it does."""
        hit = self.saying(text, profile_id, _DURATION, methodology=True)
        return hit if hit is not None and hit.score >= FLOOR_ALL_HELD else None

    def measuring(self, text: str, profile_id: str, measure: str) -> Hit | None:
        """The closest passage of a profile that gives a figure in the units a "how heavy",
        "how tall" or "how deep" question asks for; None when no passage of it does."""
        # a figure in those units is itself the sign of an answer: a looser floor than for words
        return self.measuring_by(text, profile_id, _MEASURES[measure])

    def counting(self, text: str, profile_id: str, thing: str) -> Hit | None:
        """The closest passage of a profile that gives a count of a thing, for "how many dogs
        would i be in charge of?" where the summary speaks of "a kennel of 80-200 dogs"."""
        stem = re.escape(thing[:-1] if thing.endswith("s") else thing)
        count = re.compile(
            rf"\b\d[\d,]*(?:\s*(?:-|–|to)\s*\d[\d,]*)?\+?(?:\s+[a-z-]+){{0,2}}?\s+{stem}\w*\b"
        )
        return self.measuring_by(text, profile_id, count)

    def measuring_by(self, text: str, profile_id: str, figure: re.Pattern[str]) -> Hit | None:
        """The closest passage of a profile that gives such a figure, near enough in meaning."""
        hit = self.saying(text, profile_id, figure)
        return hit if hit is not None and hit.score >= FLOOR_MEASURED else None

    def saying(
        self, text: str, profile_id: str, words: re.Pattern[str], methodology: bool = False
    ) -> Hit | None:
        """The closest passage of a profile whose text the pattern finds, however far in
        meaning: "is it usually full time?" and "Many positions are part-time" in the pay
        answer; None when no passage of it does. A methodology note counts only if asked."""
        return next(
            (
                hit
                for hit in self._own(text, profile_id)
                if words.search(hit.chunk.text.lower())
                and (methodology or hit.chunk.section != "Methodology")
            ),
            None,
        )

    def naming(self, text: str, profile_id: str, thing: str) -> Hit | None:
        """The closest passage of a profile that names kinds of a thing ("dispatch software
        such as Towbook or Omadi") for "what software do they use?"; None when none does."""
        # "dolly" and "dollies"
        stem = rf"{re.escape(thing[:-1])}(?:y|ie)" if thing.endswith("y") else re.escape(thing)
        passes: list[tuple[tuple[str, ...], str]] = [
            (_NAMING_SECTIONS, rf"\b{stem}\w*\b[^.;\n]*?\b(?:such as|like|including|e\.g\.)\s")
        ]
        if thing == "software":
            # "register cards in the integrated library system (ILS), such as Polaris or Koha":
            # a duty or skill naming a system so names software too, where no line says
            # "software"
            system = "|".join(_SOFTWARE)
            passes.append(
                (_NAMING_SECTIONS[:2], rf"\b(?:{system})s?\b(?: \([^()]*\))?,? (?:such as|like)\s")
            )
        for sections, pattern in passes:
            named = re.compile(pattern, re.IGNORECASE)
            found = next(
                (
                    hit
                    for hit in self._own(text, profile_id)
                    if hit.chunk.section in sections and named.search(hit.chunk.text)
                ),
                None,
            )
            if found is not None:
                return found
        return None

    def most_saying(
        self,
        text: str,
        profile_id: str,
        words: re.Pattern[str],
        asked: re.Pattern[str] | None = None,
    ) -> Hit | None:
        """The passage of a profile that says most of what the pattern finds, the closer of
        those that say as much: "what are the shifts like?" and "12-hour rotating shifts ...
        nights, weekends" over a duty logged "for each shift"; None when none says any. Of
        passages that say as much, one on the work is taken before the AI outlook, which speaks
        of the work only to say how exposed it is ("live, physical performance"). Before all of
        them comes the profile's own question that `asked` finds ("Is being an Orchard Worker
        physically demanding?")."""
        scored = [
            (
                asked is not None and asks(hit.chunk, asked),
                len(words.findall(hit.chunk.text.lower())),
                not on_ai(hit.chunk),
                hit,
            )
            for hit in self._own(text, profile_id)
            if hit.chunk.section != "Methodology"
        ]
        best = max(scored, key=lambda found: (*found[:3], found[3].score), default=None)
        return best[3] if best is not None and (best[0] or best[1] > 0) else None

    def _own(self, text: str, profile_id: str) -> list[Hit]:
        """Every passage of one profile, closest to the question first."""
        return self.index.search_profile(self.embedder.embed([text])[0], profile_id)

    def _rare(self, text: str) -> set[str]:
        # "LUFS" is "luf" in canonical words, still a term of four letters as written
        said_long = {w for raw in re.findall(r"\b[A-Z]{4,}\b", text) for w in canonical_text(raw)}
        return {
            SAME_WORD.get(word, word)
            for word in canonical_text(text)
            if word.isalpha()
            and (len(word) >= 4 or word in self.initials or word in said_long)
            and word not in self.ignored
        }

    def rarity(self, term: str) -> float:
        """Inverse passage frequency of a word; a word no passage holds weighs the most."""
        if term not in self._rarity:
            stem = _stem(term)
            near = self._counts_by_prefix.get(term[:4], ())
            count = max((n for word, n in near if word.startswith(stem)), default=0)
            self._rarity[term] = math.log((len(self.index.chunks) + 1) / (count + 1)) + 1
        return self._rarity[term]

    def _held(self, weights: dict[str, float], hit: Hit) -> float:
        """The share of the weight of the question's rare words that a passage holds."""
        found = self._passage_words[hit.chunk.id]
        held = sum(weight for term, weight in weights.items() if _holds(found, term))
        return held / sum(weights.values())


_INITIALS = re.compile(r"\b[A-Z]{3}\b")

_NAMING_SECTIONS = ("What this role actually does", "Required skills", FAQ_SECTION)
_DURATION = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|twelve|eighteen)"
    # "two to three", "four- to five-year"
    r"(?:-?\s*(?:-|–|to)\s*(?:\d[\d,]*|two|three|four|five|six|eighteen|twenty-four))?"
    # "1,000 to 1,600 training hours" of school, "8,000 on-the-job hours"
    r"(?:\s+|-)(?:(?:training|clock|classroom|school|on-the-job) )?"
    # not "three-year forecast" of an AI outlook
    r"(?:years?|months?|weeks?|days?|hours?|seasons?)\b"
    r"(?![ -](?:forecast|outlook|horizon|projection))"
    r"(?! of (?:relevant |prior )?experience)"
    r"|\b(?:half|full|multi)-?day\b",  # "half-day rides"
    re.IGNORECASE,
)


_NUMBER = r"\b\d[\d,.]*(?:\s?(?:-|–|to)\s?\d[\d,.]*)?[\s-]?"
# "five to six members": a count in words
_SPELLED_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozen)"
_SPELLED = rf"\b{_SPELLED_NUMBER}(?:\s(?:to|or)\s{_SPELLED_NUMBER})?\s"
_LENGTH = rf"{_NUMBER}(?:feet|foot|ft|meters?|metres?|stories|storeys|floors)\b"
# The units a question of size asks for: "how heavy is the lifting?" and "up to 50 lb"
_MEASURES = {
    "weight": re.compile(rf"{_NUMBER}(?:lbs?|pounds?|kg|kilograms?|tons?)\b"),
    "length": re.compile(_LENGTH),
    "distance": re.compile(rf"{_NUMBER}(?:miles?|km|kilometers?|kilometres?)\b|{_LENGTH}"),
    "size": re.compile(
        rf"(?:{_NUMBER}|{_SPELLED})(?:lbs?|pounds?|square feet|sq\.? ?ft|acres?|gallons?"
        r"|employees|people|workers|staff|members|rooms|beds|tons?)\b"
    ),
    "heat": re.compile(rf"{_NUMBER}(?:degrees|°)"),
    # "how small are the stones?" and "from 0.8 mm to 1.5 mm"
    "fine": re.compile(
        rf"{_NUMBER}(?:mm|millimet(?:er|re)s?|cm|centimet(?:er|re)s?|inch(?:es)?|microns?)\b"
    ),
}


# how a question opens when its opening says what kind of answer it wants
_OPENING = re.compile(r"how (?:often|long|many|far|early|late|old|big)\b")


def _asked(hit: Hit) -> bool:
    """Whether a passage is one of the profile's own questions and its answer: near in meaning
    to a visitor's question, it answers it; a list of duties near in meaning may only share
    the role's name."""
    # not one every profile asks, which its fields answer: "What does a DBA actually do?"
    return hit.chunk.section == FAQ_SECTION and not _EVERY_PROFILE_ASKS.match(hit.chunk.text)


# The questions each profile of the seed and bundled layouts asks of itself
_EVERY_PROFILE_ASKS = re.compile(
    r"(?:What does an? .+ (?:actually )?do|How much does an? .+ (?:make|earn)|Is .+ entry-level"
    r" friendly|What is the AI Disruption Outlook for .+|What roles are adjacent to .+"
    r"|What is the (?:job|growth|employment) outlook for .+)\?\n",
    re.IGNORECASE,
)


def _standout(hits: list[Hit]) -> Hit | None:
    """A profile's own question that is much nearer the visitor's than any other passage of
    the profile, or None."""
    if not hits or not _asked(hits[0]) or hits[0].score < FLOOR_STANDS_OUT:
        return None
    runner_up = hits[1].score if len(hits) > 1 else 0.0
    return hits[0] if hits[0].score - runner_up >= STANDS_OUT else None


def _floor(share: float, floor: float, within_profile: bool, rare: bool) -> float:
    """The least cosine for a passage holding this share of the question's rare words."""
    if within_profile and share >= 1:
        return -1.0 if rare else FLOOR_ALL_HELD
    if within_profile:
        return floor
    return FLOOR_MOSTLY_HELD if share >= MOSTLY else floor


def _stem(term: str) -> str:
    """What a form of the word begins with: 'simulato' for simulators, 'send' for sending."""
    if term.endswith("ing") and len(term) >= 7:
        return term[:-3]
    return term[: max(4, len(term) - 1)]


def _holds(found: dict[str, list[str]], term: str) -> bool:
    """Whether a passage's words include the term or a form of it (simulators, simulation);
    a form shares at least the first four letters, so only those words are compared."""
    stem = _stem(term)
    near = found.get(term[:4], ())
    return any(word.startswith(stem) or related(word, term) for word in near)
