"""The seed layout: every field of the original document, real export variations, and bad files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conftest import SEED, SEED_VARIANTS
from roleqa.errors import ProfileError
from roleqa.profiles import Profile
from roleqa.seed_format import parse_seed

SHARED_SEED = SEED.parent.parent.parent / "shared" / "seed" / "000_48b20ef64230929b.txt"


def parse(text: str, name: str = "role.txt") -> Profile:
    return parse_seed(text, Path(name))


def test_the_corpus_seed_is_the_original_document() -> None:
    if not SHARED_SEED.exists():
        pytest.skip(f"the original seed is not beside the repository ({SHARED_SEED})")
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


def test_seed_header_and_facts(seed_text: str) -> None:
    profile = parse(seed_text)
    assert profile.id == "senior-ml-engineer"
    assert profile.title == "Senior ML Engineer"
    assert profile.track == "ML Engineering"
    assert profile.family == "Applied AI"
    assert profile.summary == (
        "A Senior ML Engineer architects ML platforms and leads model development teams."
    )
    assert profile.median_salary is not None
    assert profile.median_salary.text == "$215K"
    assert profile.median_salary.usd == 215_000
    assert profile.growth_outlook == "high"
    assert profile.entry_level is False
    assert profile.url is None


def test_seed_ai_disruption(seed_text: str) -> None:
    ai = parse(seed_text).ai_disruption
    assert ai is not None
    assert ai.score == 30
    assert ai.band == "Moderate"
    assert ai.outlook is not None
    assert ai.outlook.startswith("Senior ML Engineer evolves rather than disappears.")
    assert ai.outlook.endswith("same role title, materially different daily work.")
    assert "Methodology" not in ai.outlook
    assert ai.methodology == (
        "forecast reflects research grounded in graduate training in applied AI specializing "
        "in cybersecurity at Northeastern University."
    )


def test_seed_lists(seed_text: str) -> None:
    profile = parse(seed_text)
    assert len(profile.duties) == 4
    assert profile.duties[0] == (
        "Train, evaluate, and deploy ML models against production-grade data pipelines"
    )
    assert profile.duties[-1] == (
        "Tune feature pipelines, monitor drift, and decide when retraining is worth the cost"
    )
    assert len(profile.skills) == 6
    assert profile.skills[1] == "Deep learning framework fluency: PyTorch or TensorFlow"
    assert profile.certifications == (
        "AWS Certified Machine Learning Specialty",
        "Google Cloud Professional Machine Learning Engineer",
        "Databricks Machine Learning Associate",
    )


def test_seed_faq_experience_and_adjacent_roles(seed_text: str) -> None:
    profile = parse(seed_text)
    questions = [pair.question for pair in profile.faq]
    assert questions == [
        "What does an Senior ML Engineer actually do?",
        "How much does an Senior ML Engineer make?",
        "Is Senior ML Engineer entry-level friendly?",
        "What is the AI Disruption Outlook for Senior ML Engineer?",
        "What roles are adjacent to Senior ML Engineer?",
    ]
    assert profile.faq[1].answer.startswith(
        "Median compensation for an Senior ML Engineer is around $215K"
    )
    assert profile.experience == (
        "Senior ML Engineer typically requires 2-5 years of relevant experience before entry. "
        "The most common path is from an adjacent technical role with deliberate skill-building "
        "toward AI-specific competencies."
    )
    assert profile.adjacent_roles is not None
    assert profile.adjacent_roles.startswith("Adjacent roles within ML Engineering share")


def test_seed_methodology_and_disclaimers(seed_text: str) -> None:
    profile = parse(seed_text)
    assert profile.methodology is not None
    assert profile.methodology.startswith("This guide reflects research methodology")
    assert profile.methodology.endswith("Last reviewed 2026-04-26.")
    assert profile.last_reviewed == date(2026, 4, 26)
    assert profile.disclaimers[0].startswith("Verify current pricing")
    assert profile.disclaimers[1].startswith("Salary data is compiled from public sources")


def test_crlf_and_blank_lines_change_nothing(seed_text: str) -> None:
    expected = parse(seed_text)
    assert parse(seed_text.replace("\n", "\r\n")) == expected
    assert parse("\n\n" + seed_text.replace("\n", "\n  \n") + "\n\n") == expected
    assert parse("\ufeff" + seed_text) == expected


def test_missing_section_leaves_its_field_empty(seed_text: str) -> None:
    lines = seed_text.splitlines()
    start = lines.index("Representative certifications")
    end = lines.index("Senior ML Engineer questions and answers")
    profile = parse("\n".join(lines[:start] + lines[end:]))
    assert profile.certifications == ()
    assert len(profile.skills) == 6
    assert len(profile.faq) == 5


@pytest.mark.parametrize(
    ("title", "article", "expected_id"),
    [
        ("AI Safety Researcher", "an", "ai-safety-researcher"),
        ("NLP Engineer", "an", "nlp-engineer"),
        ("Data Analyst", "a", "data-analyst"),
    ],
)
def test_titles_with_vowels_and_acronyms(
    seed_text: str, title: str, article: str, expected_id: str
) -> None:
    text = seed_text.replace("an Senior ML Engineer", f"{article} {title}")
    text = text.replace("A Senior ML Engineer", f"{article.capitalize()} {title}")
    profile = parse(text.replace("Senior ML Engineer", title))
    assert profile.id == expected_id
    assert profile.title == title
    assert profile.summary is not None and profile.summary.startswith(
        f"{article.capitalize()} {title} "
    )
    assert profile.experience is not None and profile.experience.startswith(f"{title} typically")
    assert profile.adjacent_roles is not None
    assert len(profile.faq) == 5


def _variant_cases() -> list[str]:
    return sorted(json.loads((SEED_VARIANTS / "expected.json").read_text()))


@pytest.mark.parametrize("name", _variant_cases())
def test_export_variants_parse_every_field(name: str) -> None:
    expected = json.loads((SEED_VARIANTS / "expected.json").read_text())[name]
    text = (SEED_VARIANTS / name).read_bytes().decode("utf-8-sig")
    profile = parse(text, name)
    ai = profile.ai_disruption
    assert ai is not None and profile.median_salary is not None
    got = {
        "title": profile.title,
        "track": profile.track,
        "family": profile.family,
        "summary": profile.summary,
        "median_salary_text": profile.median_salary.text,
        "median_salary_usd": profile.median_salary.usd,
        "growth_outlook": profile.growth_outlook,
        "ai_disruption_score": ai.score,
        "ai_disruption_band": ai.band,
        "ai_disruption_outlook": ai.outlook,
        "entry_level": profile.entry_level,
        "experience": profile.experience,
        "duties": list(profile.duties),
        "skills": list(profile.skills),
        "certifications": list(profile.certifications),
        "faq": [[pair.question, pair.answer] for pair in profile.faq],
        "adjacent_roles": profile.adjacent_roles,
        "methodology": profile.methodology,
        "last_reviewed": profile.last_reviewed.isoformat() if profile.last_reviewed else None,
    }
    assert got == {key: expected[key] for key in got}


def _replace_line(text: str, number: int, new: str) -> str:
    lines = text.splitlines()
    lines[number - 1] = new
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("line", "replacement", "reason"),
    [
        (5, "lots", "median salary 'lots' has no dollar amount"),
        (5, "$95K-$120K", "more than one dollar amount"),
        (11, "Maybe", "entry-level 'Maybe' is neither 'Yes' nor 'No'"),
        (9, "130/100", "above 100"),
        (9, "thirty", "is not a score"),
        (12, "AI Disruption Outlook · Moderate (40/100)", "says 40/100 but the AI Disruption line"),
        (26, "Required skills", "a second 'Required skills' section (first at line 20)"),
    ],
)
def test_bad_values_name_file_line_and_reason(
    seed_text: str, line: int, replacement: str, reason: str
) -> None:
    with pytest.raises(ProfileError) as caught:
        parse(_replace_line(seed_text, line, replacement), "bad.txt")
    assert str(caught.value).startswith(f"bad.txt:{line}: ")
    assert reason in str(caught.value)


def test_label_without_value(seed_text: str) -> None:
    lines = seed_text.splitlines()
    del lines[4]  # the "$215K" under "Median salary"
    with pytest.raises(ProfileError, match=r"^bad.txt:4: 'Median salary' has no value"):
        parse("\n".join(lines), "bad.txt")


def test_bad_review_date(seed_text: str) -> None:
    text = seed_text.replace("Last reviewed 2026-04-26", "Last reviewed 2026-13-45")
    with pytest.raises(
        ProfileError, match=r"^bad.txt:44: last reviewed '2026-13-45' is not a date"
    ):
        parse(text, "bad.txt")


def test_question_without_answer(seed_text: str) -> None:
    lines = seed_text.splitlines()
    del lines[41]  # the answer to the last question
    with pytest.raises(ProfileError, match=r"^bad.txt:41: question .* has no answer"):
        parse("\n".join(lines), "bad.txt")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "bad.txt: the file is empty"),
        ("\n \r\n\t\n", "bad.txt: the file is empty"),
        ("Required skills\n- Python\n", "bad.txt:1: expected the role title at the top"),
        (
            "x" * 500 + "\nsummary\n",
            "bad.txt:1: expected the role title, found a 500-character line",
        ),
    ],
)
def test_files_without_a_title(text: str, reason: str) -> None:
    with pytest.raises(ProfileError) as caught:
        parse(text, "bad.txt")
    assert str(caught.value).startswith(reason)
