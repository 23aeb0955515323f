"""Finding the roles a question names, on small hand-made profiles (no model needed)."""

from __future__ import annotations

import pytest

from roleqa.language import canonical, singular, words
from roleqa.profiles import Profile
from roleqa.roles import RoleIndex, stated_names


def profile(title: str, **fields: object) -> Profile:
    pid = title.lower().replace(" ", "-")
    return Profile(id=pid, title=title, source_file=f"{pid}.txt", **fields)  # type: ignore[arg-type]


ROLES = RoleIndex(
    [
        profile("Quantitative Researcher"),
        profile("Quantitative Risk Analyst"),
        profile("Clinical Data Analyst"),
        profile("Clinical Data Manager"),
        profile("Data Labeling Specialist"),
        profile("AI Product Manager"),
        profile("Technical Program Manager"),
        profile(
            "Sales Engineer",
            summary="A Sales Engineer, also called a Solutions Engineer or Pre-Sales Engineer, "
            "runs technical discovery and demos.",
        ),
        profile("Software Developer", alternate_titles=("Engineer",)),
    ]
)


def found(question: str) -> list[list[str]]:
    original = words(question)
    corrected = [ROLES.correct(word) for word in original]
    plural = frozenset(i for i, word in enumerate(corrected) if word != singular(word))
    tokens = canonical(corrected)
    mentions = ROLES.find(tokens, plural) or ROLES.derived(tokens)
    return [sorted(mention.candidates) for mention in mentions if mention.candidates]


@pytest.mark.parametrize(
    ("question", "roles"),
    [
        ("quant researcher salary", [["quantitative-researcher"]]),
        ("how much does a quant make", [["quantitative-researcher", "quantitative-risk-analyst"]]),
        ("what do data labelers do", [["data-labeling-specialist"]]),
        ("what does a PM make", [["ai-product-manager", "technical-program-manager"]]),
        ("ai pm salary", [["ai-product-manager"]]),
        ("what does a solutions engineer earn", [["sales-engineer"]]),
        (
            "which clinical data role pays less",
            [["clinical-data-analyst", "clinical-data-manager"]],
        ),
    ],
)
def test_names_visitors_use(question: str, roles: list[list[str]]) -> None:
    assert found(question) == roles


def test_a_plural_group_word_is_not_a_role() -> None:
    assert found("which clinical data roles use SQL") == []


@pytest.mark.parametrize("word", ["manage", "design", "recommended"])
def test_ordinary_words_are_not_corrected_into_title_words(word: str) -> None:
    assert (
        RoleIndex([profile("Data Manager"), profile("Recommender Engineer")]).correct(word) == word
    )


def test_an_expanded_short_form_does_not_stop_the_search() -> None:
    # "mle" becomes two words in one place; an alternate title that is one of them used to
    # send the search back to the same place forever.
    assert found("what does an MLE make?") == [["software-developer"]]


def test_names_a_summary_gives_the_role() -> None:
    sales = next(p for p in ROLES._profiles if p.id == "sales-engineer")
    assert stated_names(sales) == ["Solutions Engineer", "Pre-Sales Engineer"]
