"""Chunking: one chunk per FAQ pair, list section and paragraph section, with stable ids."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from conftest import SEED
from roleqa.chunking import chunk_profile, split_text
from roleqa.profiles import FaqPair
from roleqa.seed_format import parse_seed


def seed_profile():  # type: ignore[no-untyped-def]
    return parse_seed(SEED.read_text(), Path("senior-ml-engineer.txt"))


def test_seed_chunks_by_section() -> None:
    chunks = chunk_profile(seed_profile())
    by_section: dict[str, list[str]] = {}
    for chunk in chunks:
        by_section.setdefault(chunk.section, []).append(chunk.text)
    assert list(by_section) == [
        "Summary",
        "Key facts",
        "AI Disruption Outlook",
        "What this role actually does",
        "Required skills",
        "Representative certifications",
        "Questions and answers",
        "Methodology",
    ]
    assert len(by_section["Questions and answers"]) == 5
    assert by_section["Key facts"] == [
        "Median salary: $215K\nGrowth outlook: high\n"
        "AI Disruption: 30/100 (Moderate)\nEntry-level: No"
    ]
    assert by_section["Required skills"][0].count("\n- ") == 5
    faq = by_section["Questions and answers"][1]
    assert faq.startswith("How much does an Senior ML Engineer make?\nMedian compensation")


def test_chunks_carry_profile_section_anchor_and_unique_ids() -> None:
    chunks = chunk_profile(seed_profile())
    assert all(chunk.profile_id == "senior-ml-engineer" for chunk in chunks)
    assert all(chunk.title == "Senior ML Engineer" for chunk in chunks)
    assert len({chunk.id for chunk in chunks}) == len(chunks)
    ids = [chunk.id for chunk in chunks]
    assert "senior-ml-engineer#required-skills" in ids
    assert "senior-ml-engineer#faq-how-much-does-an-senior-ml-engineer-make" in ids
    assert all(chunk.id == f"{chunk.profile_id}#{chunk.anchor}" for chunk in chunks)


def test_ids_are_stable_and_independent_of_other_sections() -> None:
    profile = seed_profile()
    first = chunk_profile(profile)
    assert chunk_profile(seed_profile()) == first
    fewer = chunk_profile(replace(profile, certifications=()))
    kept = {chunk.id: chunk for chunk in fewer}
    for chunk in first:
        if chunk.section != "Representative certifications":
            assert kept[chunk.id] == chunk


def test_long_sections_split_on_sentence_boundaries() -> None:
    sentence = "Models are retrained when drift is measured on live traffic. "
    answer = (sentence * 30).strip()
    profile = replace(seed_profile(), faq=(FaqPair("What happens to models?", answer),))
    parts = [chunk for chunk in chunk_profile(profile) if chunk.section == "Questions and answers"]
    assert len(parts) > 1
    assert [chunk.id for chunk in parts] == [
        f"senior-ml-engineer#faq-what-happens-to-models/{n}" for n in range(1, len(parts) + 1)
    ]
    for chunk in parts:
        assert len(chunk.text) <= 700
        assert chunk.text.startswith("What happens to models?\n")
        assert chunk.text.endswith("live traffic.")
    rebuilt = " ".join(chunk.text.split("\n", 1)[1] for chunk in parts)
    assert rebuilt == answer


def test_split_text_never_exceeds_the_limit() -> None:
    text = "word " * 400 + "End. Short one. " + "x" * 50
    parts = split_text(text.strip(), 120)
    assert all(len(part) <= 120 for part in parts)
    assert " ".join(parts).split() == text.split()


def test_a_bare_profile_still_has_a_chunk() -> None:
    from roleqa.profiles import Profile

    chunks = chunk_profile(Profile(id="actuary", title="Actuary", source_file="actuary.md"))
    assert [(chunk.id, chunk.text) for chunk in chunks] == [("actuary#title", "Actuary")]
