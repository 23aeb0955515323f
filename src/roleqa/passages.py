"""Passage answers: the best matching chunk for a question no field fits, or none."""

from __future__ import annotations

import math
from collections import Counter

from roleqa.embedding import Embedder
from roleqa.index import Hit, Index
from roleqa.language import canonical_text

# Cosine below which a passage is not an answer; a question already tied to a role may match
# its own profile more loosely. Without rare words to check, only a close passage will do.
FLOOR = 0.4
FLOOR_WITH_ROLE = 0.3
FLOOR_UNCHECKED = 0.55
HELD = 0.5


class PassageFinder:
    """Finds a passage that answers a question: close by meaning and holding its rare words."""

    def __init__(self, index: Index, embedder: Embedder, ignored: set[str]) -> None:
        self.index = index
        self.embedder = embedder
        self.ignored = ignored
        self.frequency: Counter[str] = Counter(
            word for chunk in index.chunks for word in set(canonical_text(chunk.text))
        )

    def find(self, text: str, profile_id: str | None) -> tuple[Hit | None, float]:
        """The best supported passage (within the profile's own when one is given) and its score."""
        query = self.embedder.embed([text])[0]
        hits = self.index.search(query, k=50 if profile_id else 10)
        if profile_id:
            hits = [hit for hit in hits if hit.chunk.profile_id == profile_id] or hits
        rare = {
            word
            for word in canonical_text(text)
            if word.isalpha() and len(word) >= 4 and word not in self.ignored
        }
        weights = {word: self.rarity(word) for word in rare}
        supported = [hit for hit in hits if _supports(weights, hit.chunk.text, hit.score)]
        best = max(supported, key=lambda hit: hit.score, default=None)
        floor = FLOOR_WITH_ROLE if profile_id else FLOOR
        if best is None or best.score < floor:
            return None, best.score if best else 0.0
        return best, best.score

    def rarity(self, term: str) -> float:
        """Inverse passage frequency of a word; a word no passage holds weighs the most."""
        stem = _stem(term)
        count = max((n for word, n in self.frequency.items() if word.startswith(stem)), default=0)
        return math.log((len(self.index.chunks) + 1) / (count + 1)) + 1


def _stem(term: str) -> str:
    return term[: max(4, len(term) - 1)]


def _supports(weights: dict[str, float], passage: str, score: float) -> bool:
    """A passage answers only if it holds most of the weight of the question's rare words."""
    if not weights:
        return score >= FLOOR_UNCHECKED
    found = set(canonical_text(passage))
    held = sum(w for term, w in weights.items() if any(x.startswith(_stem(term)) for x in found))
    return held >= HELD * sum(weights.values())
