"""The O*NET + BLS importer, on the real public data beside the repository."""

from __future__ import annotations

import csv
import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from roleqa.cli import cli
from roleqa.corpus import load_corpus
from roleqa.onet import FILES, DataError, load_occupations
from roleqa.onet_import import exposure_band, exposure_score, growth_band, import_onet
from roleqa.profiles import Profile

DATA = ROOT.parent / "shared" / "data"
pytestmark = pytest.mark.skipif(
    not (DATA / "onet_29_3").is_dir(),
    reason=f"the public occupation data is not beside the repository ({DATA})",
)


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Profile]:
    out = tmp_path_factory.mktemp("import") / "onet"
    report = import_onet(DATA, out)
    assert report.written == 923 and report.without_data == 93
    corpus = load_corpus(out, 1_000_000)
    assert corpus.errors == ()
    return {profile.soc_code or "": profile for profile in corpus.profiles}


def rows(name: str) -> list[dict[str, str]]:
    delimiter = "," if name.endswith(".csv") else "\t"
    quoting = csv.QUOTE_MINIMAL if name.endswith(".csv") else csv.QUOTE_NONE
    with open(DATA / name, encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file, delimiter=delimiter, quoting=quoting))


def test_every_data_level_occupation_becomes_a_profile(imported: dict[str, Profile]) -> None:
    assert len(imported) == 923
    assert len({profile.id for profile in imported.values()}) == 923
    assert all(profile.summary and profile.duties for profile in imported.values())


def test_data_scientists_join(imported: dict[str, Profile]) -> None:
    profile = imported["15-2051.00"]
    assert profile.title == "Data Scientists" and profile.id == "data-scientists"
    assert profile.url == "https://www.onetonline.org/link/summary/15-2051.00"
    assert profile.track == "Computer and mathematical occupations"
    assert profile.median_salary is not None and profile.median_salary.text == "$112,590"
    assert profile.growth_pct == 33.5 and profile.growth_outlook == "very high"
    assert profile.education == "Bachelor's degree" and profile.work_experience == "None"
    assert profile.entry_level is True and profile.job_zone == 4
    assert profile.ai_disruption is not None
    assert (profile.ai_disruption.score, profile.ai_disruption.band) == (75, "Very high")
    assert profile.ai_disruption.outlook is not None
    assert "not a forecast of job loss" in profile.ai_disruption.outlook
    assert profile.adjacent_roles is not None and "Statisticians" in profile.adjacent_roles
    assert "Python" in profile.skills  # hot technologies stand in for missing skill ratings
    assert any("CC BY 4.0" in line for line in profile.disclaimers)


def test_aggregate_codes_go_through_the_crosswalk(imported: dict[str, Profile]) -> None:
    # Cutting 15-1299.08 to 15-1299 only works by luck; the crosswalk is what says so.
    profile = imported["15-1299.08"]
    assert profile.bls_occupation == "Computer occupations, all other (15-1299)"
    assert profile.median_salary is not None and profile.median_salary.text == "$108,970"
    assert profile.methodology is not None
    assert "broader BLS occupation 'Computer occupations, all other'" in profile.methodology


def test_shared_bls_codes_are_named(imported: dict[str, Profile]) -> None:
    analysts, scientists = imported["15-2051.01"], imported["15-2051.00"]
    assert analysts.bls_occupation == scientists.bls_occupation == "Data scientists (15-2051)"
    assert analysts.median_salary == scientists.median_salary
    assert imported["15-1252.00"].bls_occupation is None  # one O*NET code, one BLS code


def test_top_coded_and_missing_wages(imported: dict[str, Profile]) -> None:
    anesthesiologists = imported["29-1211.00"].median_salary
    assert anesthesiologists is not None
    assert (anesthesiologists.text, anesthesiologists.usd) == ("$239,200 or more", 239_200)
    top_coded = [
        p for p in imported.values() if p.median_salary and "or more" in p.median_salary.text
    ]
    assert len(top_coded) == 21
    without = sorted(p.title for p in imported.values() if p.median_salary is None)
    assert len(without) == 5 and "Actors" in without


def test_alternate_titles_find_common_names(imported: dict[str, Profile]) -> None:
    nurses = imported["29-1141.00"].alternate_titles
    assert any("RN" in title.split() for title in nurses)
    assert "Dental Hygienist" in imported["29-1292.00"].alternate_titles


def test_thirty_occupations_agree_with_the_raw_files(imported: dict[str, Profile]) -> None:
    ep = {row["matrix_code"]: row for row in rows("bls_ep_2024_34/ep_2024_34_table_1_2.tsv")}
    crosswalk = {
        r["O*NET-SOC Code"]: r["NEM Code"]
        for r in rows("gpts_are_gpts/nem-onet-to-soc-crosswalk.csv")
    }
    beta = {
        r["O*NET-SOC Code"]: float(r["dv_rating_beta"]) for r in rows("gpts_are_gpts/occ_level.csv")
    }
    for code in random.Random(29).sample(sorted(imported), 30):
        profile, bls = imported[code], ep[crosswalk[code]]
        wage = bls["median_annual_wage_2024"]
        if wage.startswith(">="):
            assert profile.median_salary is not None and profile.median_salary.usd == 239_200
        elif wage == "—":
            assert profile.median_salary is None
        else:
            assert profile.median_salary is not None and profile.median_salary.usd == int(wage)
        assert profile.growth_pct == float(bls["emp_change_pct_2024_34"])
        assert profile.education == bls["typical_entry_education"]
        assert profile.ai_disruption is not None
        assert profile.ai_disruption.score == round(beta[code] * 100 + 1e-9)
        assert profile.url == f"https://www.onetonline.org/link/summary/{code}"


def test_band_rules() -> None:
    assert [growth_band(p) for p in (33.5, 10.0, 9.9, 5.0, 2.0, 1.8, 0.0, -0.7)] == [
        "very high",
        "very high",
        "high",
        "high",
        "moderate",
        "low",
        "low",
        "declining",
    ]
    assert [exposure_score(b) for b in (0.0, 0.245, 0.2450000001, 0.75, 1.0)] == [
        0,
        25,
        25,
        75,
        100,
    ]
    assert [exposure_band(s) for s in (0, 24, 25, 49, 50, 74, 75, 100)] == [
        "Low",
        "Low",
        "Moderate",
        "Moderate",
        "High",
        "High",
        "Very high",
        "Very high",
    ]


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """The data folder as links, so one file can be removed or replaced cheaply."""
    copy = tmp_path / "data"
    for name in [*FILES, "onet_29_3/Read Me.txt"]:
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        (copy / name).symlink_to(DATA / name)
    return copy


def run_import(data: Path, out: Path, *extra: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["import-onet", "--data", str(data), "--out", str(out), *extra])


def test_missing_file_is_named_and_nothing_is_written(data_copy: Path, tmp_path: Path) -> None:
    (data_copy / "onet_29_3" / "Skills.txt").unlink()
    result = run_import(data_copy, tmp_path / "out")
    assert result.exit_code == 1
    assert "Missing file 'onet_29_3/Skills.txt'" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["data"]


def test_missing_column_is_named(data_copy: Path, tmp_path: Path) -> None:
    name = "bls_ep_2024_34/ep_2024_34_table_1_2.tsv"
    text = (DATA / name).read_text(encoding="utf-8")
    (data_copy / name).unlink()
    (data_copy / name).write_text(
        text.replace("emp_change_pct_2024_34", "emp_change_pct_2023_33", 1)
    )
    result = run_import(data_copy, tmp_path / "out")
    assert result.exit_code == 1
    assert "has no column 'emp_change_pct_2024_34'" in result.output
    assert not (tmp_path / "out").exists()


def test_another_release_is_refused(data_copy: Path, tmp_path: Path) -> None:
    (data_copy / "onet_29_3" / "Read Me.txt").unlink()
    (data_copy / "onet_29_3" / "Read Me.txt").write_text("O*NET 28.0 Database\n")
    result = run_import(data_copy, tmp_path / "out")
    assert result.exit_code == 1 and "does not describe O*NET 29.3" in result.output


def test_unreadable_value_is_reported(data_copy: Path, tmp_path: Path) -> None:
    name = "onet_29_3/Job Zones.txt"
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    lines[5] = "\t".join([*lines[5].split("\t")[:2], "four", *lines[5].split("\t")[3:]])
    (data_copy / name).unlink()
    (data_copy / name).write_text("\n".join(lines) + "\n")
    with pytest.raises(DataError, match="'onet_29_3/Job Zones.txt' holds a value .*'four'"):
        load_occupations(data_copy)


def test_existing_output_needs_replace(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.md").write_text("keep me")
    refused = run_import(DATA, out)
    assert refused.exit_code == 1 and "already exists and is not empty" in refused.output
    assert (out / "mine.md").read_text() == "keep me"
    replaced = run_import(DATA, out, "--replace")
    assert replaced.exit_code == 0, replaced.output
    assert "Wrote 923 profiles" in replaced.output
    assert "OEWS May 2024 confirms 764 of 764" in replaced.output
    assert len(list(out.glob("*.md"))) == 923 and not (out / "mine.md").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_imported_profiles_build_into_an_index(
    imported: dict[str, Profile], tmp_path: Path
) -> None:
    corpus = tmp_path / "some"
    out = tmp_path / "onet"
    import_onet(DATA, out)
    corpus.mkdir()
    for path in sorted(out.glob("*.md"))[:: 923 // 20][:20]:
        shutil.copy(path, corpus / path.name)
    result = CliRunner().invoke(
        cli, ["build", "--corpus", str(corpus), "--index", str(tmp_path / "index"), "--strict"]
    )
    assert result.exit_code == 0, result.output
    assert "20 parsed, 0 with errors" in result.output


def test_engine_over_the_imported_corpus(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    """Every occupation imported and indexed; generated questions answered at 95% or better."""
    from roleqa.build import build_index
    from roleqa.embedding import PACKAGED_MODEL_ID
    from roleqa.engine import Engine
    from roleqa.evaluation import evaluate, generated_conversations
    from roleqa.index import load_index

    out, root = tmp_path / "onet", tmp_path / "index"
    import_onet(DATA, out)
    build_index(load_corpus(out, 1_000_000), root, PACKAGED_MODEL_ID, lambda: embedder)
    engine = Engine(load_index(root, PACKAGED_MODEL_ID), embedder)
    assert "$93,600" in engine.ask("RN salary").text
    assert engine.ask("how much does a dental hygienist earn?").roles[0].id == "dental-hygienists"
    report = evaluate(
        generated_conversations(list(engine.index.profiles.values()), 120, 3), engine.ask
    )
    failed = [f"{r.question}: {r.problems}" for r in report.results if not r.right]
    assert report.accuracy >= 0.95, "\n".join(failed)
