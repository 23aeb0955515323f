"""The ONNX Runtime backend: the model exported once to ONNX, run without torch.

An exported model is a folder `<onnx_dir>/<model>-<digest>-<variant>/` holding `model.onnx` and
`export.json`. The digest covers every file of the model's folder, so another model (or another
copy of the weights) never reuses it. The folder is written under a temporary name and renamed
into place only once `export.json` records the SHA-256 of the finished file, and the exported
model has reproduced the torch vectors of a few probe sentences; a file that no longer matches
its record is exported again. Exporting is the only step that needs torch, and it is done once:
by `roleqa build`, or by the first `roleqa serve` that finds the folder missing.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from roleqa.embedding import export_onnx, model_folder, model_id_for
from roleqa.errors import ModelError

log = logging.getLogger("roleqa")

EXPORT_FORMAT = 1
MODEL_FILE = "model.onnx"
RECORD_FILE = "export.json"
# Sentences the exported model must encode as torch does before it is kept.
PROBES = (
    "Is this role entry-level friendly?",
    "How much does a senior machine learning engineer make, and which certifications help?",
    "kubernetes",
)
# Least cosine to the torch vectors of the probes: fp32 is the same computation; int8 weights
# move vectors slightly, which is why int8 bundles carry a model id of their own.
AGREEMENT = {"fp32": 0.9999, "int8": 0.9}


class OnnxEmbedder:
    """A sentence-transformers model (Transformer + mean pooling) run by ONNX Runtime."""

    def __init__(
        self,
        name: str,
        onnx_dir: Path,
        quantized: bool = False,
        batch_size: int = 32,
        threads: int = 0,
    ) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        if threads < 0:
            raise ValueError(f"threads must be 0 (all cores) or more, not {threads}")
        folder = model_folder(name)
        if folder is None:
            raise ModelError(
                f"Model '{name}' is not a local folder, which the ONNX backend needs; set "
                "ROLEQA_MODEL to the model's folder, or ROLEQA_BACKEND=torch."
            )
        self._model_id = model_id_for(name, "onnx-int8" if quantized else "onnx")
        self.batch_size = batch_size
        self.max_length = _check_model(name, folder)
        self.path = exported_model(folder, onnx_dir, "int8" if quantized else "fp32")
        record = json.loads((self.path.parent / RECORD_FILE).read_text())
        self._dimension = int(record["dimension"])
        self._tokenizer = _tokenizer(folder, self.max_length)
        self._session = _session(self.path, threads)

    @property
    def model_id(self) -> str:
        return self._model_id

    @property
    def dimension(self) -> int:
        return self._dimension

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for texts, shape (len(texts), dimension)."""
        vectors = np.zeros((len(texts), self._dimension), dtype=np.float32)
        if not texts:
            return vectors
        encodings = self._tokenizer.encode_batch(list(texts))
        # Texts of like length share a batch, so little of each batch is padding.
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            width = max(len(encodings[i].ids) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                tokens = encodings[i].ids
                ids[row, : len(tokens)] = tokens
                mask[row, : len(tokens)] = 1
            feeds = {"input_ids": ids, "attention_mask": mask}
            vectors[batch] = self._session.run(None, feeds)[0]
        return vectors


def exported_model(folder: Path, onnx_dir: Path, variant: str) -> Path:
    """The checked ONNX file of the model in `folder`, exported (atomically) if missing or bad."""
    if variant not in AGREEMENT:
        raise ValueError(f"variant must be one of {', '.join(AGREEMENT)}, not '{variant}'")
    target = onnx_dir / export_key(folder, variant)
    problem = _problem(target, target.name)
    if problem is None:
        return target / MODEL_FILE
    try:
        onnx_dir.mkdir(parents=True, exist_ok=True)
        with _export_lock(onnx_dir):
            _ensure(folder, onnx_dir, variant)
    except OSError as exc:
        raise ModelError(
            f"The ONNX model at '{target}' {problem}, and it cannot be exported there "
            f"({exc.strerror or exc}). Run `roleqa build` with this ROLEQA_BACKEND where that "
            "folder is writable, or set ROLEQA_BACKEND=torch."
        ) from None
    problem = _problem(target, target.name)
    if problem is not None:
        raise ModelError(f"The ONNX model just exported to '{target}' {problem}.")
    return target / MODEL_FILE


def _ensure(folder: Path, onnx_dir: Path, variant: str) -> Path:
    """Under the export lock: the exported folder of a variant, made if missing or bad."""
    target = onnx_dir / export_key(folder, variant)
    problem = _problem(target, target.name)  # another process may have exported it meanwhile
    if problem is not None:
        if target.exists():
            log.warning("Exporting the ONNX model again: '%s' %s.", target, problem)
        _export(folder, onnx_dir, target.name, variant)
    return target


def export_key(folder: Path, variant: str) -> str:
    """The exported folder's name: the model's name, a digest of all its files, the variant."""
    digest = hashlib.sha256(f"roleqa-onnx-{EXPORT_FORMAT}".encode())
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0")
        digest.update(_file_digest(path).encode())
    # A packaged model's folder is often just 'model'; its package names it better.
    name = folder.parent.name if folder.name == "model" else folder.name
    stem = "".join(c if c.isalnum() or c in "-_." else "-" for c in name.lower())
    return f"{stem[:40]}-{digest.hexdigest()[:16]}-{variant}"


def _problem(target: Path, key: str) -> str | None:
    """What is wrong with an exported folder, or None when it is whole and matches its record."""
    if not target.is_dir():
        return "is missing"
    try:
        record = json.loads((target / RECORD_FILE).read_text())
        recorded = record["sha256"], record["key"], record["format"]
    except (OSError, ValueError, KeyError, TypeError):
        return f"has no readable {RECORD_FILE}"
    if recorded[1:] != (key, EXPORT_FORMAT):
        return f"was exported for another model or roleqa ({recorded[1]})"
    try:
        actual = _file_digest(target / MODEL_FILE, cached=False)
    except OSError:
        return f"has no {MODEL_FILE}"
    if actual != recorded[0]:
        return f"has a damaged {MODEL_FILE} (its SHA-256 does not match {RECORD_FILE})"
    return None


def _export(folder: Path, onnx_dir: Path, key: str, variant: str) -> None:
    """Export into a staging folder, check it against torch, then rename it into place."""
    staging = onnx_dir / f".tmp-{key}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        model = staging / MODEL_FILE
        if variant == "fp32":
            reference = export_onnx(folder, model, PROBES)
        else:
            source = _ensure(folder, onnx_dir, "fp32")
            _quantize(source / MODEL_FILE, model)
            fp32 = json.loads((source / RECORD_FILE).read_text())
            reference = np.asarray(fp32["probe_vectors"], dtype=np.float32)
        vectors = _probe(model, folder)
        agreement = float(np.min(np.sum(vectors * reference, axis=1)))
        if agreement < AGREEMENT[variant]:
            raise ModelError(
                f"The {variant} ONNX export of '{folder}' agrees with torch only to cosine "
                f"{agreement:.5f} (needs {AGREEMENT[variant]}); set ROLEQA_BACKEND=torch."
            )
        record = {
            "format": EXPORT_FORMAT,
            "key": key,
            "variant": variant,
            "model_folder": str(folder),
            "dimension": int(vectors.shape[1]),
            "sha256": _file_digest(model, cached=False),
            "min_cosine_to_torch": round(agreement, 6),
            "probe_vectors": reference.tolist(),
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "versions": _versions(),
        }
        _write_synced(staging / RECORD_FILE, json.dumps(record, indent=1).encode())
        _fsync(model)
        _fsync(staging)
        target = onnx_dir / key
        shutil.rmtree(target, ignore_errors=True)  # a damaged one; we hold the lock
        os.rename(staging, target)
        _fsync(onnx_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _quantize(source: Path, target: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # Per-channel int8 weights of the matrix products only: per-tensor scales, or quantised
    # embeddings, move some question vectors as far as cosine 0.76 from the fp32 ones.
    quantize_dynamic(
        source,
        target,
        weight_type=QuantType.QInt8,
        op_types_to_quantize=["MatMul"],
        per_channel=True,
    )


def _probe(model: Path, folder: Path) -> np.ndarray:
    """The exported model's vectors of the probes, in one padded batch as `embed` runs them."""
    encodings = _tokenizer(folder, _check_model(str(folder), folder)).encode_batch(list(PROBES))
    width = max(len(encoding.ids) for encoding in encodings)
    ids = np.zeros((len(encodings), width), dtype=np.int64)
    mask = np.zeros_like(ids)
    for row, encoding in enumerate(encodings):
        ids[row, : len(encoding.ids)] = encoding.ids
        mask[row, : len(encoding.ids)] = 1
    vectors = _session(model, 0).run(None, {"input_ids": ids, "attention_mask": mask})[0]
    return np.asarray(vectors, dtype=np.float32)


def _check_model(name: str, folder: Path) -> int:
    """The model's max_seq_length, once its folder is known to hold what this backend runs."""
    if not (folder / "tokenizer.json").is_file():
        raise ModelError(
            f"Model '{name}' has no tokenizer.json (a fast tokenizer), which the ONNX backend "
            "needs; set ROLEQA_BACKEND=torch."
        )
    pooling = _json(folder / "1_Pooling" / "config.json")
    modes = {k for k, v in pooling.items() if k.startswith("pooling_mode_") and v is True}
    if modes != {"pooling_mode_mean_tokens"}:
        raise ModelError(
            f"Model '{name}' pools by {', '.join(sorted(modes)) or 'nothing'}; the ONNX backend "
            "runs mean pooling only. Set ROLEQA_BACKEND=torch."
        )
    config = _json(folder / "sentence_bert_config.json")
    return int(config.get("max_seq_length") or 512)


def _tokenizer(folder: Path, max_length: int) -> Any:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    # As sentence-transformers does: cut at the model's max_seq_length, pad nothing here.
    tokenizer.enable_truncation(max_length=max_length)
    tokenizer.no_padding()
    return tokenizer


def _session(path: Path, threads: int) -> Any:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
    options.log_severity_level = 3
    try:
        return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own untyped errors; named in the message
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelError(
            f"ONNX Runtime cannot load '{path}': {reason}. Delete that folder to export it "
            "again, or set ROLEQA_BACKEND=torch."
        ) from None


def _json(path: Path) -> dict[str, Any]:
    try:
        loaded = json.loads(path.read_text())
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise ModelError(f"Cannot read '{path}': {exc}.") from None
    return loaded if isinstance(loaded, dict) else {}


_DIGESTS: dict[tuple[str, int, int], str] = {}


def _file_digest(path: Path, cached: bool = True) -> str:
    """SHA-256 of a file; a model file's is remembered while its size and mtime stay the same."""
    stat = path.stat()
    memo = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if cached and memo in _DIGESTS:
        return _DIGESTS[memo]
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    _DIGESTS[memo] = digest.hexdigest()
    return _DIGESTS[memo]


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for package in ("torch", "onnx", "onnxruntime", "tokenizers"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            continue
    return found


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def _export_lock(onnx_dir: Path) -> Iterator[None]:
    """One export at a time per folder (several workers may start together); dies with its
    process, even on kill -9."""
    with open(onnx_dir / ".export.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
