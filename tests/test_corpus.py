"""Reading a corpus folder: every bad file reported by name, the good ones kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS, seed_as
from roleqa.corpus import load_corpus
from roleqa.errors import CorpusError

LIMIT = 1_000_000


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_bundled_corpus_parses_without_errors() -> None:
    corpus = load_corpus(CORPUS, LIMIT)
    assert corpus.errors == ()
    assert corpus.profiles[0].id == "senior-ml-engineer"
    assert corpus.profiles[0].source_file == "000-senior-ml-engineer.txt"


def test_missing_and_empty_folders(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nowhere", LIMIT)
    with pytest.raises(CorpusError, match=r"holds no profile files \(\*\.md"):
        load_corpus(tmp_path, LIMIT)
    write(tmp_path, "notes.pdf", b"%PDF-1.4")
    with pytest.raises(CorpusError, match="holds no profile files"):
        load_corpus(tmp_path, LIMIT)


def test_each_bad_file_is_reported_and_the_rest_load(tmp_path: Path) -> None:
    write(tmp_path, "a-good.txt", seed_as("Data Analyst", "$83K"))
    write(
        tmp_path,
        "b-latin1.txt",
        seed_as("Data Engineer")
        .encode("utf-8")
        .replace(b"Data Engineer", "Donn\u00e9es Engineer".encode("latin-1"), 1),
    )
    write(tmp_path, "c-binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(tmp_path, "d-huge.txt", "Role\n" + "x" * 10_000_000)
    write(tmp_path, "e-duplicate.md", "---\ntitle: Data Analyst\n---\n")
    write(tmp_path, "f-bad-salary.txt", seed_as("Statistician", "lots"))
    write(tmp_path, "sub/g-nested.md", "---\ntitle: Actuary\nmedian_salary: 125770\n---\n")
    write(tmp_path, "logo.png", b"\x89PNG")
    write(tmp_path, ".hidden.txt", "ignored")
    write(tmp_path, "README.md", "# About this corpus\n")

    corpus = load_corpus(tmp_path, LIMIT)

    assert [profile.id for profile in corpus.profiles] == ["data-analyst", "actuary"]
    assert corpus.profiles[1].source_file == "sub/g-nested.md"
    messages = [str(error) for error in corpus.errors]
    assert len(messages) == 5
    assert messages[0].startswith(f"{tmp_path}/b-latin1.txt:2: not valid UTF-8 (byte 0xE9")
    assert messages[1] == (
        f"{tmp_path}/c-binary.txt:3: binary file (contains NUL bytes), not a text profile"
    )
    assert messages[2].startswith(f"{tmp_path}/d-huge.txt: file is 10.0 MB, over the 1.0 MB limit")
    assert messages[3].startswith(
        f"{tmp_path}/e-duplicate.md: id 'data-analyst' is already used by a-good.txt"
    )
    assert messages[4].startswith(f"{tmp_path}/f-bad-salary.txt:5: median salary 'lots'")
    assert corpus.skipped == (
        f"{tmp_path}/README.md: a README, not a profile",
        f"{tmp_path}/logo.png: not a profile file (profiles end in .md, .markdown or .txt)",
    )
    assert corpus.files_read == 7


def test_digest_follows_content(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", seed_as("Data Analyst"))
    first = load_corpus(tmp_path, LIMIT).digest
    assert load_corpus(tmp_path, LIMIT).digest == first
    write(tmp_path, "a.txt", seed_as("Data Analyst", "$84K"))
    assert load_corpus(tmp_path, LIMIT).digest != first
