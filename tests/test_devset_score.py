"""Extraction quality on a development set written and annotated independently of the
extractor (16 articles in other outlets' styles, tests/fixtures/devset/gold.csv, scored
with the shared scorer's rules). Guards against regressions toward seed-only rules."""
import importlib.util
import sys
from pathlib import Path

import pytest

from dashboard.build import extract_paths

DEVSET = Path(__file__).parent / "fixtures" / "devset"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py not beside the repo")
def test_devset_strict_f1_at_least_0_6(tmp_path):
    spec = importlib.util.spec_from_file_location("score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    out = tmp_path / "events.csv"
    extract_paths([DEVSET]).events.to_csv(out, index=False)
    result = score.score(score.read_rows(str(DEVSET / "gold.csv")), score.read_rows(str(out)))
    assert result["f1"] >= 0.6, result["totals"]
