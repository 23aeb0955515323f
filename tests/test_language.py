"""English helpers: articles by sound, lists, and the canonical form names are matched in."""

from __future__ import annotations

import pytest

from roleqa.language import article, canonical_text, is_plural, join_and


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Actuary", "an"),
        ("NLP Engineer", "an"),
        ("ML Intern", "an"),
        ("MLOps Engineer", "an"),
        ("Senior ML Engineer", "a"),
        ("Information Security Analyst", "an"),
        ("UX Designer", "a"),
        ("User Researcher", "a"),
        ("Data Scientist", "a"),
        ("SQL Developer", "an"),
        ("BI Analyst", "a"),
        ("AI Safety Researcher", "an"),
        ("Hourly Worker", "an"),
        ("European Correspondent", "a"),
    ],
)
def test_article(phrase: str, expected: str) -> None:
    assert article(phrase) == expected


def test_join_and() -> None:
    assert join_and([]) == ""
    assert join_and(["A"]) == "A"
    assert join_and(["A", "B"]) == "A and B"
    assert join_and(["A", "B", "C"], "or") == "A, B or C"


def test_canonical_forms_agree() -> None:
    assert canonical_text("Machine Learning Engineers") == canonical_text("ML engineer")
    assert canonical_text("Database Administrators") == canonical_text("DBA")
    assert canonical_text("sys admin") == canonical_text("Systems Administrator")
    assert canonical_text("entry-level") == ("entrylevel",)
    assert canonical_text("Data Analytics") == ("data", "analytic")
    assert canonical_text("lifties") == canonical_text("liftie")  # "often called a liftie"
    assert canonical_text("rabies species") == ("rabies", "species")  # no plurals
    assert canonical_text("lift op supervisor") == canonical_text("Lift Operations Supervisor")


def test_a_title_is_plural_by_its_head() -> None:
    assert is_plural("Registered Nurses") and is_plural("Pilots of Water Vessels")
    assert not is_plural("Director of Collections") and not is_plural("Actuary")
