"""The bundled corpus: parses cleanly, and every figure in it traces to the public data."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import CORPUS, ROOT
from roleqa.corpus import load_corpus
from roleqa.onet import Occupation, load_occupations
from roleqa.onet_import import (
    ONET_URL,
    exposure_band,
    exposure_score,
    growth_band,
    is_entry_level,
    salary_text,
)
from roleqa.profiles import Profile

DATA = ROOT.parent / "shared" / "data"
CORPUS_PROFILES = load_corpus(CORPUS, 1_000_000)
SOURCED = [profile for profile in CORPUS_PROFILES.profiles if profile.soc_code]


def test_corpus_parses_without_errors() -> None:
    assert CORPUS_PROFILES.errors == ()
    assert CORPUS_PROFILES.profiles[0].id == "senior-ml-engineer"
    assert len(SOURCED) >= 20


def test_cross_role_questions_have_answers() -> None:
    assert sum(bool(profile.entry_level) for profile in CORPUS_PROFILES.profiles) >= 2
    tracks = Counter(profile.track for profile in CORPUS_PROFILES.profiles)
    assert max(tracks.values()) >= 2


@pytest.mark.parametrize("profile", SOURCED, ids=lambda p: p.id)
def test_profile_names_its_sources(profile: Profile) -> None:
    assert profile.sources, "front matter lists no sources"
    assert profile.methodology and "Last reviewed" in profile.methodology
    assert profile.last_reviewed is not None
    assert profile.url == ONET_URL.format(code=profile.soc_code)
    assert profile.certifications == ()  # the public data has no certification lists


@pytest.mark.parametrize("profile", SOURCED, ids=lambda p: p.id)
def test_every_figure_in_the_text_is_a_stated_fact(profile: Profile) -> None:
    text = (CORPUS / profile.source_file).read_text()
    body = text.split("\n---\n", 1)[1]
    assert profile.median_salary is not None and profile.ai_disruption is not None
    for amount in re.findall(r"\$[\d,]+(?: or more)?", body):
        assert amount == profile.median_salary.text, f"{amount} in the text"
    allowed = {f"{abs(profile.growth_pct or 0):.1f}%", "3.1%", f"{profile.ai_disruption.score}%"}
    for share in re.findall(r"\d+(?:\.\d+)?%", body):
        assert share in allowed, f"{share} in the text"
    for score in re.findall(r"(\d+)/100", body):
        assert int(score) == profile.ai_disruption.score


@pytest.fixture(scope="module")
def occupations() -> dict[str, Occupation]:
    if not (DATA / "onet_29_3").is_dir():
        pytest.skip(f"the public occupation data is not beside the repository ({DATA})")
    return {occupation.code: occupation for occupation in load_occupations(DATA).occupations}


@pytest.mark.parametrize("profile", SOURCED, ids=lambda p: p.id)
def test_figures_match_the_public_data(
    profile: Profile, occupations: dict[str, Occupation]
) -> None:
    occupation = occupations[profile.soc_code or ""]
    bls = occupation.bls
    assert bls is not None and bls.growth_pct is not None and occupation.exposure is not None
    assert profile.median_salary is not None
    assert profile.median_salary.text == salary_text(bls)
    assert profile.growth_pct == bls.growth_pct
    assert profile.growth_outlook == growth_band(bls.growth_pct)
    assert profile.growth_period == "2024-34"
    assert (profile.education, profile.work_experience, profile.training) == (
        bls.education,
        bls.work_experience,
        bls.training,
    )
    assert profile.job_zone == occupation.job_zone
    score = exposure_score(occupation.exposure)
    assert profile.ai_disruption is not None
    assert (profile.ai_disruption.score, profile.ai_disruption.band) == (
        score,
        exposure_band(score),
    )
    assert profile.entry_level == is_entry_level(bls, occupation.job_zone)
    expected_scope = f"{bls.title} ({bls.code})" if occupation.bls_shared else None
    assert profile.bls_occupation == expected_scope
    assert occupation.title in profile.alternate_titles
