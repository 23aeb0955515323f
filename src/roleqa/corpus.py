"""Reading a corpus folder: every profile file parsed, every bad file reported, none fatal."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from roleqa.errors import CorpusError, ProfileError
from roleqa.markdown_format import parse_markdown
from roleqa.profiles import Profile
from roleqa.seed_format import parse_seed

PROFILE_SUFFIXES = (".md", ".markdown", ".txt")
_NOT_PROFILES = {"readme.md", "readme.txt", "readme"}


@dataclass(frozen=True)
class Corpus:
    """What a corpus folder yielded: profiles in file order, and what could not be used."""

    folder: Path
    profiles: tuple[Profile, ...]
    errors: tuple[ProfileError, ...]
    skipped: tuple[str, ...]
    digest: str
    files_read: int


def load_corpus(folder: Path, max_bytes: int) -> Corpus:
    """Parse every profile file under folder; a bad file is reported, the others still load."""
    if not folder.exists():
        raise CorpusError(f"Corpus folder '{folder}' does not exist.")
    if not folder.is_dir():
        raise CorpusError(f"Corpus '{folder}' is not a folder.")
    profiles: dict[str, Profile] = {}
    errors: list[ProfileError] = []
    skipped: list[str] = []
    digest = hashlib.sha256()
    files_read = 0
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if not path.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        if path.name.lower() in _NOT_PROFILES:
            skipped.append(f"{path}: a README, not a profile")
            continue
        if path.suffix.lower() not in PROFILE_SUFFIXES:
            skipped.append(f"{path}: not a profile file (profiles end in .md, .markdown or .txt)")
            continue
        files_read += 1
        try:
            data = _read(path, max_bytes)
            digest.update(f"{relative.as_posix()}\0".encode() + hashlib.sha256(data).digest())
            profile = parse_profile(_decode(path, data), path, relative.as_posix())
            if profile.id in profiles:
                raise ProfileError(
                    path,
                    None,
                    f"id '{profile.id}' is already used by {profiles[profile.id].source_file}; "
                    "give one of them another title or an explicit 'id' in its front matter",
                )
            profiles[profile.id] = profile
        except ProfileError as error:
            digest.update(f"{relative.as_posix()}\0{error.reason}".encode())
            errors.append(error)
    if files_read == 0:
        raise CorpusError(
            f"Corpus folder '{folder}' holds no profile files (*.md, *.markdown, *.txt)."
        )
    return Corpus(
        folder,
        tuple(profiles.values()),
        tuple(errors),
        tuple(skipped),
        digest.hexdigest(),
        files_read,
    )


def parse_profile(text: str, path: Path, source_file: str) -> Profile:
    """Parse one document in whichever format it is written: front matter means Markdown."""
    parser = parse_markdown if text.lstrip().startswith("---") else parse_seed
    return replace(parser(text, path), source_file=source_file)


def _read(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise ProfileError(
            path,
            None,
            f"file is {size / 1_000_000:.1f} MB, over the {max_bytes / 1_000_000:.1f} MB limit "
            "for one profile (ROLEQA_MAX_PROFILE_BYTES); not read",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ProfileError(path, None, f"cannot be read: {exc.strerror}") from None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ProfileError(path, line, "binary file (contains NUL bytes), not a text profile")
    return data


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        byte = data[exc.start : exc.start + 1].hex().upper()
        raise ProfileError(
            path, line, f"not valid UTF-8 (byte 0x{byte} at column {column}); save it as UTF-8"
        ) from None
