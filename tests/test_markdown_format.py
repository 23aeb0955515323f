"""Markdown with YAML front matter: the README's example, and bad files named by line."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT
from roleqa.errors import ProfileError
from roleqa.markdown_format import parse_markdown
from roleqa.profiles import Profile


def readme_example() -> str:
    readme = (ROOT / "README.md").read_text()
    match = re.search(r"<!-- example-profile.*?-->\n```markdown\n(.*?)```", readme, re.DOTALL)
    assert match, "README.md has no example profile block"
    return match.group(1)


def parse(text: str, name: str = "role.md") -> Profile:
    return parse_markdown(text, Path(name))


def test_readme_example_parses_into_every_field() -> None:
    profile = parse(readme_example())
    assert profile.id == "senior-ml-engineer"
    assert profile.title == "Senior ML Engineer"
    assert (profile.family, profile.track) == ("Applied AI", "ML Engineering")
    assert profile.summary is not None and profile.summary.startswith("A Senior ML Engineer")
    assert profile.median_salary is not None
    assert (profile.median_salary.text, profile.median_salary.usd) == ("$215K", 215_000)
    assert profile.growth_outlook == "high"
    assert profile.ai_disruption is not None
    assert (profile.ai_disruption.score, profile.ai_disruption.band) == (30, "Moderate")
    assert profile.ai_disruption.outlook is not None
    assert profile.ai_disruption.outlook.startswith("Senior ML Engineer evolves")
    assert profile.entry_level is False
    assert profile.experience is not None and "2-5 years" in profile.experience
    assert profile.adjacent_roles is not None and profile.adjacent_roles.startswith(
        "Adjacent roles"
    )
    assert len(profile.duties) == 2 and len(profile.skills) == 2
    assert profile.certifications[0] == "AWS Certified Machine Learning Specialty"
    assert [pair.question for pair in profile.faq] == [
        "How much does a Senior ML Engineer make?",
        "Is Senior ML Engineer entry-level friendly?",
    ]
    assert profile.faq[0].answer.startswith("Median compensation")
    assert profile.methodology is not None and profile.methodology.endswith("2026-04-26.")
    assert profile.last_reviewed == date(2026, 4, 26)
    assert profile.url == "https://careers.example.org/roles/senior-ml-engineer"
    assert profile.alternate_titles == ("Senior Machine Learning Engineer", "Staff ML Engineer")
    assert profile.sources == ("Career site profile export, last reviewed 2026-04-26",)


def test_minimal_profile_and_id_from_title() -> None:
    profile = parse("---\ntitle: AI Ethics Lead\n---\n")
    assert profile.id == "ai-ethics-lead"
    assert profile.median_salary is None and profile.ai_disruption is None
    assert profile.entry_level is None and profile.faq == ()


def test_numbers_in_front_matter() -> None:
    profile = parse("---\ntitle: Actuary\nmedian_salary: 125770\nai_disruption: 41\n---\n")
    assert profile.median_salary is not None
    assert (profile.median_salary.text, profile.median_salary.usd) == ("$125,770", 125_770)
    assert profile.ai_disruption is not None and profile.ai_disruption.score == 41


def test_crlf_and_bom() -> None:
    text = readme_example()
    assert parse("\ufeff" + text.replace("\n", "\r\n")) == parse(text)


def test_body_summary_and_sections_without_front_matter_keys() -> None:
    text = (
        "---\ntitle: Data Analyst\n---\n\nAnalyses data.\n\n## Experience\n\nNone needed.\n\n"
        "## Adjacent roles\n\nAnalytics Engineer.\n\n## FAQ\n\nIs it hard?\nNo.\n"
    )
    profile = parse(text)
    assert profile.summary == "Analyses data."
    assert profile.experience == "None needed."
    assert profile.adjacent_roles == "Analytics Engineer."
    assert profile.faq[0].question == "Is it hard?"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("title: X\n", "bad.md:1: expected YAML front matter"),
        ("---\ntitle: [unclosed\n---\n", "bad.md:2: front matter is not valid YAML"),
        ("---\n---\nbody\n", "bad.md:1: the front matter is empty"),
        ("---\ntrack: Data\n---\n", "bad.md:1: front matter has no 'title'"),
        (
            "---\ntitle: X\nmedain_salary: $1\n---\n",
            "bad.md:3: unknown front matter key 'medain_salary'",
        ),
        (
            "---\ntitle: X\nmedian_salary: lots\n---\n",
            "bad.md:3: median salary 'lots' has no dollar",
        ),
        ("---\ntitle: X\nentry_level: perhaps\n---\n", "bad.md:3: front matter 'entry_level'"),
        (
            "---\ntitle: X\nlast_reviewed: 2026-02-30\n---\n",
            "bad.md:3: front matter 'last_reviewed'",
        ),
        ("---\ntitle: X\nai_disruption:\n  score: 140\n---\n", "bad.md:3: AI disruption '140'"),
        ("---\ntitle: X\nid: Not A Slug\n---\n", "bad.md:3: front matter 'id'"),
        ("---\ntitle: X\nurl: javascript:alert(1)\n---\n", "bad.md:3: front matter 'url'"),
        ("---\ntitle: X\n---\n## Salary notes\ntext\n", "bad.md:4: unknown section 'Salary notes'"),
        (
            "---\ntitle: X\n---\n## Skills\n- a\n## Skills\n- b\n",
            "bad.md:6: a second 'Skills' section",
        ),
        (
            "---\ntitle: X\nexperience: a\n---\n## Experience\nb\n",
            "bad.md:5: experience is given twice (first at line 3)",
        ),
    ],
)
def test_bad_files_name_file_line_and_reason(text: str, expected: str) -> None:
    with pytest.raises(ProfileError) as caught:
        parse(text, "bad.md")
    assert str(caught.value).startswith(expected)
