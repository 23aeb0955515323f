"""Evaluate the engine over the imported O*NET corpus with questions generated from the data.

Usage: python bench/onet_eval.py --index DIR [--corpus DIR] [--sample 150] [--seed 7]

The profiles (and so the expected answers) come from `roleqa import-onet`, which the README
shows; they are not in the repository, so the questions are generated here at run time:
- salary by O*NET title and by an alternate title that only one occupation has;
- entry-level friendliness by title;
- "what do they do" by title;
- questions outside the corpus, which must be abstained from.
Each turn is judged like `roleqa eval` judges the labelled sets, and the report is printed.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from roleqa.embedding import PACKAGED_MODEL_ID, SentenceTransformerEmbedder  # noqa: E402
from roleqa.engine import Engine  # noqa: E402
from roleqa.evaluation import evaluate, format_report, generated_conversations  # noqa: E402
from roleqa.index import load_index  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True, help="index built from import-onet")
    parser.add_argument("--sample", type=int, default=150, help="occupations to ask about")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--failures", action="store_true", help="list the failed turns")
    args = parser.parse_args()
    index = load_index(args.index, PACKAGED_MODEL_ID)
    engine = Engine(index, SentenceTransformerEmbedder("all-MiniLM-L6-v2"))
    labelled = generated_conversations(list(index.profiles.values()), args.sample, args.seed)
    print(
        f"{len(index.profiles)} profiles; {sum(len(c['turns']) for c in labelled)} generated turns"
    )
    print(format_report(evaluate(labelled, engine.ask), failures=args.failures))


if __name__ == "__main__":
    main()
