"""A profile's own question-and-answer pairs, found when a visitor asks one of them again."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from roleqa import patterns
from roleqa.embedding import Embedder
from roleqa.language import COMMON_WORDS, QUESTION_WORDS, canonical_text, related, words
from roleqa.patterns import PATTERN_WORDS
from roleqa.profiles import FaqPair, Profile
from roleqa.question_cache import past_the_cache

# The questions a profile's FAQ asks of every role and its fields answer ("How much does a
# Data Analyst make?"): the first FAQ question asking each adds nothing to the field's answer.
# A role's own questions that touch a field ("Is the traineeship paid?", "Which tools does a
# Localization Engineer use?") are its extras, answered as the profile answers them.
FIELD_QUESTIONS = ("salary", "entry_level", "experience", "ai_disruption", "growth",
                   "adjacent_roles", "duties")  # fmt: skip
# Words a field's own FAQ question is made of, cut as _content cuts them.
_GENERIC_WORDS = frozenset(word[:5] for word in COMMON_WORDS | PATTERN_WORDS | {"become"})
# Cosine between the question and a profile's own FAQ question, with the role's name taken out
# of both: LOOSE where no field fits the question, CLOSE where a field seemed to.
LOOSE = 0.6
CLOSE = 0.82
# Where every content word of the question is in the FAQ question ("can I do it remotely?",
# "Is a Cloud Security Engineer a remote-friendly role?"), and no field fits the question.
COVERED = 0.45
# A question sharing no content word with the FAQ question.
UNSHARED = 0.72
Vectors = tuple[list[float], list[float]]
_FUNCTION_WORDS = frozenset(  # fmt: skip
    {
        "doe",
        "does",
        "did",
        "the",
        "and",
        "are",
        "can",
        "could",
        "would",
        "should",
        "will",
        "how",
        "what",
        "which",
        "who",
        "why",
        "when",
        "where",
        "much",
        "many",
        "lot",
        "lots",
        "need",
        "needs",
        "have",
        "has",
        "get",
        "this",
        "that",
        "they",
        "them",
        "their",
        "you",
        "your",
        "our",
        "its",
        "for",
        "with",
    }
)


class FaqFinder:
    """Matches a question about one role against that role's own extra FAQ questions."""

    def __init__(self, embedder: Embedder, ignored: set[str]) -> None:
        self.embedder = embedder
        self.ignored = ignored
        self._vectors: dict[str, list[_Extra]] = {}
        # each profile's own questions in plain words, read the first time one is asked
        self._plain: dict[str, list[tuple[list[str], FaqPair]]] = {}
        self._last: tuple[tuple[str, str], Vectors] | None = None

    def find(
        self, question: str, rest: str, profile: Profile, intent: str | None
    ) -> tuple[FaqPair, float] | None:
        """The extra FAQ pair whose question this one repeats, with its cosine, or None.

        Compared both whole and with the role's name taken out of each side, since a visitor
        names the role their own way ("an AI PM") or by a word of it ("what does NLP stand for?").
        """
        said = _content(question, self.ignored) | _content(rest, self.ignored)
        # Words of the question that are neither ordinary nor the role's own name ("clinical",
        # "coding"): a question with some that no field answers, or one asked yes-or-no, may be
        # any of the profile's own questions in other words.
        specific = _content(question, _own_words(profile)) - _GENERIC_WORDS
        yes_no = bool(patterns.YES_NO.match(question.lower()))
        # So may a yes-or-no question no field answers: "do I need to be a welder first?"
        open_question = (bool(specific) and (intent is None or yes_no)) or (
            yes_no and intent is None
        )
        # Otherwise only a FAQ question sharing a word with this one is a candidate; without
        # one, the question is not encoded at all.
        # "how many crews" where the profile asks "How many crews does a Masonry Crew
        # Supervisor oversee?": the question is how the profile's own begins
        opening = _plain_words(rest)
        begun = (
            {
                id(extra)
                for extra in self._extras(profile)
                if _plain_words(extra.pair.question)[: len(opening)] == opening
            }
            if len(opening) >= 3 and _content(rest, set()) - _GENERIC_WORDS
            else set()
        )
        candidates = [
            extra
            for extra in self._extras(profile)
            if (said and _shares(said, extra.asked)) or open_question or id(extra) in begun
        ]
        if not candidates:
            return None
        whole, bare = self._asked(question, rest)
        scored = [
            (extra, max(_dot(whole, extra.vectors[0]), _dot(bare, extra.vectors[1])))
            for extra in candidates
        ]
        best, score = max(scored, key=lambda item: item[1])
        covered = bool(said) and _covers(best.asked, said)
        # Where no field fits the question (or it asks about education), a looser match will do;
        # so too for a yes-or-no question the profile asks itself about the same thing ("Do
        # apprentices get paid during training?", "Do I need a clinical background?"), which the
        # profile answers better than the field.
        loose = intent in (None, "education")
        asks_yes_no = bool(patterns.YES_NO.match(best.pair.question.lower()))
        if not loose and yes_no != asks_yes_no:
            return None  # "what does this role pay?" is not "Is the role paid?"
        same = yes_no and (best.field == intent or _shares(specific, best.specific))
        # "do I need a license for this?" where the profile asks "Do I need a license to repair
        # hearing aids?": its answer says yes or no, which a list of certifications does not
        licensed = (
            yes_no
            and asks_yes_no
            and intent == "certifications"
            and (covered or "licen" in said & best.asked)
        )
        # "what's a typical day?" where the profile asks "What does a typical day look like?":
        # every word said is the profile's question's own, so its answer is the one meant
        mirrored = (covered and len(said) >= 2 and said <= best.asked) or id(best) in begun
        least = (COVERED if covered else LOOSE) if loose or same or licensed or mirrored else CLOSE
        if not (said and _shares(said, best.asked)):
            # Sharing no word, the two must be near in meaning alone: "does this job require
            # coding?" and "Does an AI Policy Analyst need to know how to code?".
            least = max(least, UNSHARED)
        return (best.pair, score) if score >= least else None

    def verbatim(self, rest: str, profile: Profile) -> FaqPair | None:
        """The profile's own question that this one asks in its very words, the role's name
        aside: "how long does it take to become one?" where the profile asks "How long does it
        take to become an Associate Veterinarian?". No encode."""
        said = _plain_words(rest)
        if len(said) < 3:
            return None
        if profile.id not in self._plain:
            # a field the profile states on its own says as much ("How much does X make?");
            # "How long does it take to become X?" says more than the experience field
            # "Do I need my own tools as an apprentice?" of an Aircraft Sheet Metal Apprentice
            head = re.escape(profile.title.split()[-1]) if profile.title.split() else "-"
            as_one = re.compile(rf"\bas (?:an? )?{head}s?\b", re.IGNORECASE)
            bare = [
                (pair, as_one.sub(" ", _without_title(pair.question, profile)))
                for pair in profile.faq
            ]
            self._plain[profile.id] = [
                (_plain_words(asked), pair)
                for pair, asked in bare
                if _field_asked(asked) in (None, *_SAYS_MORE)
            ]
        return next((pair for asked, pair in self._plain[profile.id] if asked == said), None)

    def _asked(self, question: str, rest: str) -> Vectors:
        """The question's vectors, whole and without the role's name; the last question's are
        kept, since one answer may look in two profiles' questions, or twice in one's."""
        last = self._last
        if last is not None and last[0] == (question, rest):
            return last[1]
        whole, bare = ([float(x) for x in v] for v in self.embedder.embed([question, rest]))
        self._last = ((question, rest), (whole, bare))
        return whole, bare

    def warm(self, profiles: Sequence[Profile]) -> int:
        """Encode every profile's own FAQ questions now, in batches, rather than when a
        visitor's question first needs them; the number of texts encoded."""
        pending = [p for p in profiles if p.id not in self._vectors]
        chosen = {p.id: self._chosen(p) for p in pending}
        texts = [text for p in pending for text in _texts(chosen[p.id])]
        # Past any question cache, since these are not visitors' questions, but still through
        # the model's own thread.
        encoder = past_the_cache(self.embedder)
        vectors = [[float(x) for x in v] for v in encoder.embed(texts)] if texts else []
        at = 0
        for profile in pending:
            mine = chosen[profile.id]
            self._vectors[profile.id] = self._made(profile, mine, vectors[at : at + 2 * len(mine)])
            at += 2 * len(mine)
        return len(texts)

    def _extras(self, profile: Profile) -> list[_Extra]:
        if profile.id not in self._vectors:
            chosen = self._chosen(profile)
            texts = _texts(chosen)
            vectors = [[float(x) for x in v] for v in self.embedder.embed(texts)] if texts else []
            self._vectors[profile.id] = self._made(profile, chosen, vectors)
        return self._vectors[profile.id]

    def _chosen(self, profile: Profile) -> list[tuple[FaqPair, str, str | None]]:
        """The profile's own questions with the role's name taken out, and the field each
        touches; a field's twin ("How much does X make?") is left out."""
        pairs, twinned = [], set()
        for pair in profile.faq:
            bare = _without_title(pair.question, profile)
            field = _field_asked(bare)
            # "What is the job outlook for X?" is the field's twin; "Do I need clinical
            # experience for X?" asks something of its own.
            generic = not (_content(bare, self.ignored) - _GENERIC_WORDS)
            if field is None or field in twinned or not generic:
                pairs.append((pair, bare, field))
            if generic:
                twinned.add(field)
        return pairs

    def _made(
        self,
        profile: Profile,
        chosen: list[tuple[FaqPair, str, str | None]],
        vectors: list[list[float]],
    ) -> list[_Extra]:
        own = _own_words(profile)
        return [
            _Extra(
                pair,
                (vectors[2 * i], vectors[2 * i + 1]),
                _content(bare, self.ignored),
                _content(bare, own) - _GENERIC_WORDS,
                field,
            )
            for i, (pair, bare, field) in enumerate(chosen)
        ]


@dataclass(frozen=True)
class _Extra:
    """One of a profile's own FAQ questions, as it is matched."""

    pair: FaqPair
    vectors: Vectors
    asked: set[str]  # its content words, role names left out
    specific: set[str]  # those that are not ordinary words either
    field: str | None  # the field it touches, if any


def _texts(chosen: list[tuple[FaqPair, str, str | None]]) -> list[str]:
    """What is encoded of each question: as the profile asks it, and with the role's name out."""
    return [text for pair, bare, _ in chosen for text in (pair.question, bare)]


def _own_words(profile: Profile) -> set[str]:
    names = (profile.title, *profile.alternate_titles)
    return {word for name in names for word in canonical_text(name)}


def _shares(said: set[str], asked: set[str]) -> bool:
    return bool(said & asked) or any(related(a, b) for a in said for b in asked)


def _covers(asked: set[str], said: set[str]) -> bool:
    return all(word in asked or any(related(word, b) for b in asked) for word in said)


def _field_asked(question: str) -> str | None:
    text = " ".join(words(question))
    return next((name for name in FIELD_QUESTIONS if patterns.INTENTS[name].search(text)), None)


def _without_title(question: str, profile: Profile) -> str:
    # "How do I become a production supervisor?" of a Frozen Dessert Production Supervisor:
    # the title's last two words stand for it too
    tail = profile.title.split()[-2:] if len(profile.title.split()) >= 3 else []
    names = sorted(
        (profile.title, *profile.alternate_titles, *([" ".join(tail)] if tail else [])),
        key=len,
        reverse=True,
    )
    for name in names:
        # "(?!\w)", since a title may end in a parenthesis: "Associate Veterinarian (DVM)"
        question = re.sub(rf"\b(?:an? )?{re.escape(name)}s?(?!\w)", " ", question, flags=re.I)
    return " ".join(question.split())


def _content(text: str, ignored: set[str]) -> set[str]:
    return {
        w[:5]
        for w in canonical_text(text)
        if w.isalpha() and len(w) > 2 and w not in ignored and w not in _FUNCTION_WORDS
    }


def _plain_words(text: str) -> list[str]:
    """A question's words without those that stand for the role ("one", "it", "them"), and
    "is" after a question word, which "whats" and "what's" leave out."""
    # "can you actually make a living doing this": the adverbs that only stress, and the
    # doing of the role, say nothing the profile's "Can you make a living as a bookbinder?"
    # does not
    plain = re.sub(r"\bdoing (?:this|it|that)\b", " ", " ".join(canonical_text(text)))
    said = [w for w in plain.split() if w not in _STANDING_FOR_ROLE and w not in _STRESSING]
    return [
        w for i, w in enumerate(said) if not (w == "is" and i > 0 and said[i - 1] in QUESTION_WORDS)
    ]


_SAYS_MORE = ("experience", "education")
_STRESSING = frozenset({"actually", "really", "even", "honestly", "seriously", "truly"})
_STANDING_FOR_ROLE = frozenset(
    {"a", "an", "the", "one", "it", "this", "that", "they", "them", "role", "job", "position"}
    # and whoever does it: "how do you become one?" is "How do people become a ...?"
    | {"you", "u", "i", "people", "someone", "anyone", "usually", "typically"}
)


def _dot(a: list[float], b: list[float]) -> float:
    return math.fsum(x * y for x, y in zip(a, b, strict=True))
